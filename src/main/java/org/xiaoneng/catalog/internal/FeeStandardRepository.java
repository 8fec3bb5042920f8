package org.xiaoneng.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fee standards (收费标准), read-only here: the fees module will own and edit them. */
@Repository
class FeeStandardRepository {

    private static final String COLUMNS = "id, code, name, legal_basis, lower_bound, upper_bound, unit, active";

    private final JdbcClient jdbc;

    FeeStandardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeeStandardView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_fee_standard WHERE id = :id").param("id", id)
                .query(FeeStandardView.class).optional();
    }

    List<FeeStandardView> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_fee_standard WHERE active ORDER BY code")
                .query(FeeStandardView.class).list();
    }
}
