package org.xiaoneng.applicant.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.PersonalData;

/**
 * The local applicant accounts (申请人账户): registration with a password policy, the lookup for sign-in, and the
 * lockout after {@link #MAX_FAILURES} failed sign-ins in a row (for {@link #LOCK}). Phone numbers are stored
 * normalized and never logged unmasked.
 */
@Service
@Transactional
public class ApplicantAccounts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ApplicantAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicantAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an account; refuses an invalid phone, a taken phone, a blank name or a weak password. */
    public long register(String typedPhone, String displayName, String password, @Nullable String address) {
        String phone = Phones.normalize(typedPhone).orElseThrow(() -> new DomainException("applicant.phone.invalid"));
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new DomainException("applicant.name.invalid");
        }
        requireStrong(password);
        if (find(phone).isPresent()) {
            throw new DomainException("applicant.phone.taken");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO applicant_account (phone, display_name, password_hash, created_at)
                VALUES (:phone, :name, :hash, :now) ON CONFLICT (phone) DO NOTHING RETURNING id""")
                .param("phone", phone).param("name", name).param("hash", encoder.encode(password))
                .param("now", Timestamp.from(now))
                .query(Long.class).optional().orElseThrow(() -> new DomainException("applicant.phone.taken"));
        events.publishEvent(new ApplicantAccountChanged(actor(id, address), ApplicantAccountChanged.REGISTERED,
                String.valueOf(id), null, name + " " + PersonalData.maskPhone(phone), now));
        log.info("Applicant account {} registered ({})", id, PersonalData.maskPhone(phone));
        return id;
    }

    static void requireStrong(String password) {
        if (password.length() < 8 || password.length() > 128 || !password.matches(".*[A-Za-z].*")
                || !password.matches(".*[0-9].*")) {
            throw new DomainException("applicant.password.weak");
        }
    }

    /**
     * The account for the applicant chain's sign-in (deliberately not a {@code UserDetailsService} bean: the staff
     * authentication manager must keep its own).
     */
    @Transactional(readOnly = true)
    ApplicantUser loadUserByUsername(String typedPhone) {
        return Phones.normalize(typedPhone).flatMap(this::find)
                .orElseThrow(() -> new UsernameNotFoundException("no such applicant account"));
    }

    /** The account by id (for the identity of a signed-in session). */
    @Transactional(readOnly = true)
    public Optional<ApplicantUser> byId(long id) {
        return jdbc.sql("""
                SELECT id, phone, display_name, password_hash, locked_until FROM applicant_account WHERE id = :id""")
                .param("id", id).query((rs, n) -> user(rs)).optional();
    }

    Optional<ApplicantUser> find(String phone) {
        return jdbc.sql("""
                SELECT id, phone, display_name, password_hash, locked_until FROM applicant_account
                WHERE phone = :phone""")
                .param("phone", phone).query((rs, n) -> user(rs)).optional();
    }

    private ApplicantUser user(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp(5);
        return new ApplicantUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                locked == null ? null : locked.toInstant(), clock.instant());
    }

    /** A failed sign-in for the typed phone: counts it, and locks the account at the fifth in a row. */
    void signInFailed(String typedPhone, @Nullable String address) {
        Optional<String> phone = Phones.normalize(typedPhone);
        if (phone.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE applicant_account SET failed_attempts = failed_attempts + 1,
                    locked_until = CASE WHEN failed_attempts + 1 >= :max THEN CAST(:until AS timestamptz)
                                        ELSE locked_until END
                WHERE phone = :phone AND (locked_until IS NULL OR locked_until <= :now)
                RETURNING id, failed_attempts""")
                .param("max", MAX_FAILURES).param("until", Timestamp.from(now.plus(LOCK)))
                .param("phone", phone.get()).param("now", Timestamp.from(now))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).optional()
                .ifPresent(row -> {
                    boolean locked = row[1] >= MAX_FAILURES;
                    events.publishEvent(new ApplicantAccountChanged(actor(row[0], address),
                            locked ? ApplicantAccountChanged.LOCKED : ApplicantAccountChanged.SIGN_IN_FAILED,
                            String.valueOf(row[0]), null, "failed attempts: " + row[1], now));
                    log.info("Applicant account {} sign-in failed ({} in a row{})", row[0], row[1],
                            locked ? ", locked" : "");
                });
    }

    void signedIn(long id) {
        jdbc.sql("UPDATE applicant_account SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", id).update();
    }

    private static Actor actor(long id, @Nullable String address) {
        return new Actor("applicant:" + id, null, null, address);
    }
}
