package org.xiaoneng.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.xiaoneng.identity.Role;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DataScope;

/** Accounts and their role grants, in {@code identity_account} and {@code identity_role_grant}. */
@Repository
class AccountRepository {

    private static final String ACCOUNT_COLUMNS = "id, username, password_hash, display_name, home_department_id, "
            + "enabled, failed_attempts, locked_until, password_changed_at, created_at, version";
    private static final String GRANT_COLUMNS = "id, account_id, role, department_id, include_subdepartments, "
            + "granted_at, granted_by";
    /** Matches the search text against the account name or display name, within the data scope. */
    private static final String SEARCH_WHERE = """
             WHERE (:all OR home_department_id = ANY(:ids))
               AND (:q = '' OR strpos(username, lower(:q)) > 0 OR strpos(lower(display_name), lower(:q)) > 0)""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_account)").query(Boolean.class).single();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM identity_account WHERE username = :username")
                .param("username", username).query(AccountRepository::account).optional();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM identity_account WHERE id = :id")
                .param("id", id).query(AccountRepository::account).optional();
    }

    /** Every grant of the roles, of every account (for the separation-of-duties scan). */
    List<RoleGrant> grantsOfRoles(Collection<Role> roles) {
        return jdbc.sql("SELECT " + GRANT_COLUMNS + " FROM identity_role_grant WHERE role = ANY(:roles) "
                        + "ORDER BY account_id, id")
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query(AccountRepository::grant).list();
    }

    /** The account, its row locked until the transaction ends, so that checks and changes see no concurrent edit. */
    Optional<Account> findByUsernameForUpdate(String username) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM identity_account WHERE username = :username FOR UPDATE")
                .param("username", username).query(AccountRepository::account).optional();
    }

    List<Account> search(String q, DataScope scope, int limit, int offset) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM identity_account " + SEARCH_WHERE
                        + " ORDER BY username LIMIT :limit OFFSET :offset")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("q", q)
                .param("limit", limit).param("offset", offset)
                .query(AccountRepository::account).list();
    }

    long count(String q, DataScope scope) {
        return jdbc.sql("SELECT count(*) FROM identity_account " + SEARCH_WHERE)
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("q", q)
                .query(Long.class).single();
    }

    long insert(Account account) {
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO identity_account (username, password_hash, display_name, home_department_id, enabled,
                        failed_attempts, locked_until, password_changed_at, created_at, version)
                    VALUES (:username, :hash, :displayName, :home, :enabled, 0, NULL, :changed, :created, 0)""")
                    .param("username", account.username())
                    .param("hash", account.passwordHash())
                    .param("displayName", account.displayName())
                    .param("home", account.homeDepartmentId())
                    .param("enabled", account.enabled())
                    .param("changed", time(account.passwordChangedAt()))
                    .param("created", time(account.createdAt()))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("identity.account.exists", account.username());
        }
        return keys.getKeyAs(Long.class);
    }

    /** Saves an edit made by a person: refused when somebody else saved the account since it was read. */
    void update(Account account) {
        int rows = jdbc.sql("""
                UPDATE identity_account
                   SET password_hash = :hash, display_name = :displayName, home_department_id = :home,
                       enabled = :enabled, failed_attempts = :failed, locked_until = :lockedUntil,
                       password_changed_at = :changed, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("hash", account.passwordHash())
                .param("displayName", account.displayName())
                .param("home", account.homeDepartmentId())
                .param("enabled", account.enabled())
                .param("failed", account.failedAttempts())
                .param("lockedUntil", time(account.lockedUntil()))
                .param("changed", time(account.passwordChangedAt()))
                .param("id", account.requireId())
                .param("version", account.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("identity_account " + account.username() + " changed");
        }
    }

    /** Saves the sign-in count and lock, which no person edits (the row is locked by the caller). */
    void saveLoginState(Account account) {
        jdbc.sql("UPDATE identity_account SET failed_attempts = :failed, locked_until = :lockedUntil WHERE id = :id")
                .param("failed", account.failedAttempts())
                .param("lockedUntil", time(account.lockedUntil()))
                .param("id", account.requireId())
                .update();
    }

    List<RoleGrant> grantsOf(long accountId) {
        return jdbc.sql("SELECT " + GRANT_COLUMNS + " FROM identity_role_grant WHERE account_id = :account "
                        + "ORDER BY role, department_id NULLS FIRST, id")
                .param("account", accountId).query(AccountRepository::grant).list();
    }

    List<RoleGrant> grantsOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + GRANT_COLUMNS + " FROM identity_role_grant WHERE account_id = ANY(:accounts) "
                        + "ORDER BY account_id, role, department_id NULLS FIRST, id")
                .param("accounts", accountIds.toArray(Long[]::new)).query(AccountRepository::grant).list();
    }

    long insertGrant(RoleGrant grant, String username) {
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO identity_role_grant (account_id, role, department_id, include_subdepartments,
                        granted_at, granted_by)
                    VALUES (:account, :role, :department, :sub, :at, :by)""")
                    .param("account", grant.accountId())
                    .param("role", grant.role().name())
                    .param("department", grant.departmentId())
                    .param("sub", grant.includeSubdepartments())
                    .param("at", time(grant.grantedAt()))
                    .param("by", grant.grantedBy())
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("identity.grant.exists", username);
        }
        return keys.getKeyAs(Long.class);
    }

    void deleteGrant(long grantId) {
        jdbc.sql("DELETE FROM identity_role_grant WHERE id = :id").param("id", grantId).update();
    }

    /** Active accounts holding the system admin role, other than the one named. */
    long otherActiveSystemAdmins(long accountId) {
        return jdbc.sql("""
                SELECT count(DISTINCT a.id) FROM identity_account a
                  JOIN identity_role_grant g ON g.account_id = a.id
                 WHERE g.role = 'SYSTEM_ADMIN' AND a.enabled AND a.id <> :id""")
                .param("id", accountId).query(Long.class).single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        long home = rs.getLong("home_department_id");
        Long homeDepartmentId = rs.wasNull() ? null : home;
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), homeDepartmentId, rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"),
                Objects.requireNonNull(instant(rs, "password_changed_at")),
                Objects.requireNonNull(instant(rs, "created_at")), rs.getInt("version"));
    }

    private static RoleGrant grant(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        return new RoleGrant(rs.getLong("id"), rs.getLong("account_id"), Role.valueOf(rs.getString("role")),
                departmentId, rs.getBoolean("include_subdepartments"),
                Objects.requireNonNull(instant(rs, "granted_at")),
                rs.getString("granted_by"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
