package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.identity.Role;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.RecordChanged;

/**
 * At start-up, after the organization demo data ({@code @Order(100)}): the demo accounts, or the first system admin
 * of a production start, or nothing once accounts exist — as {@link InitialAccountsPlan} decides. A production start
 * without a (strong) {@code xiaoneng.initial-admin-password} fails here, with a message naming the setting.
 */
@Component
@Order(200)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountRepository accounts;
    private final DemoAccounts demoAccounts;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final boolean demoEnabled;
    private final @Nullable String initialAdminPassword;

    InitialAccounts(AccountRepository accounts, DemoAccounts demoAccounts,
            PasswordEncoder passwordEncoder, MessageSource messages, TransactionTemplate transactions, Clock clock,
            ApplicationEventPublisher events, @Value("${xiaoneng.demo.enabled:false}") boolean demoEnabled,
            @Value("${" + InitialAccountsPlan.PASSWORD_PROPERTY + ":}") @Nullable String initialAdminPassword) {
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.passwordEncoder = passwordEncoder;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.demoEnabled = demoEnabled;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        InitialAccountsPlan.Decision decision = InitialAccountsPlan.decide(demoEnabled, accounts.anyExists(),
                initialAdminPassword, this::describe);
        switch (decision) {
            case NOTHING -> {
                if (demoEnabled && accounts.findByUsername(DemoAccounts.SPECS.get(0).username()).isPresent()) {
                    demoAccounts.print();
                }
            }
            case DEMO_ACCOUNTS -> demoAccounts.create();
            case INITIAL_ADMIN -> createInitialAdmin(initialAdminPassword);
        }
    }

    /** The failed requirements, in English: the start-up error is read by whoever operates the platform. */
    private String describe(PasswordPolicy.Verdict verdict) {
        StringBuilder text = new StringBuilder();
        for (Object part : verdict.refusal().arguments()) {
            if (part instanceof MessageSourceResolvable resolvable) {
                text.append(messages.getMessage(resolvable, Locale.ENGLISH));
            }
        }
        return text.toString().strip();
    }

    private void createInitialAdmin(String password) {
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            Account admin = Account.create(InitialAccountsPlan.ADMIN, "系统管理员", null, passwordEncoder.encode(password),
                    now);
            long id = accounts.insert(admin);
            accounts.insertGrant(new RoleGrant(null, id, Role.SYSTEM_ADMIN, null, true, now, "system"),
                    InitialAccountsPlan.ADMIN);
            events.publishEvent(new RecordChanged(Actor.system(), "identity.account.created", "account",
                    InitialAccountsPlan.ADMIN, null, admin.summary("-") + "; role SYSTEM_ADMIN over the whole city",
                    now, null));
        });
        log.info("Created the first system administrator '{}' with the password from {}; change it after signing in",
                InitialAccountsPlan.ADMIN, InitialAccountsPlan.PASSWORD_VARIABLE);
    }
}
