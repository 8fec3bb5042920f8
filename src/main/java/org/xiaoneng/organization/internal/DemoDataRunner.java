package org.xiaoneng.organization.internal;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.core.io.support.EncodedResource;

/**
 * Loads the 示范市 organization (departments, functions, positions, staff) when demo data is on and the organization
 * is still empty, so that restarts never duplicate it. Seed rows are not audited: nobody made them. Runs before the
 * identity module's demo accounts ({@code @Order(200)}), which look staff up by account name.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty(name = "xiaoneng.demo.enabled")
class DemoDataRunner implements ApplicationRunner {

    static final String SCRIPT = "demo/organization-demo.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DemoDataRunner(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long departments = jdbc.sql("SELECT count(*) FROM organization_department").query(Long.class).single();
        if (departments > 0) {
            return;
        }
        // the transaction's own connection, so the whole script commits or rolls back with it
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), "UTF-8"));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        log.info("Demo organization of 示范市 loaded");
    }
}
