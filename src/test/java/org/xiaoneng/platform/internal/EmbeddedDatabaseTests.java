package org.xiaoneng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default database keeps its data in its directory across a restart of the platform. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataRoot;

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(dataRoot.resolve("postgres").toString(), 0, 2);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
                HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).as("durable commits")
                    .isEqualTo("on");
            // zonky starts the server with -F: without fsync a "durable" commit is lost with the machine's power
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).as("commits reach the disk")
                    .isEqualTo("on");
            assertThat(jdbc.sql("SELECT datctype FROM pg_database WHERE datname = current_database()")
                    .query(String.class).single()).isEqualTo("C.UTF-8");
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_trgm").update();
            assertThat(jdbc.sql("SELECT cardinality(show_trgm('外商投资'))").query(Integer.class).single())
                    .as("pg_trgm sees Chinese characters").isPositive();
            jdbc.sql("CREATE TABLE kept (name text)").update();
            jdbc.sql("INSERT INTO kept VALUES (:name)").param("name", "受理").update();
        }
        assertThat(Files.exists(dataRoot.resolve("postgres/PG_VERSION"))).isTrue();

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
                HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            String name = JdbcClient.create(dataSource).sql("SELECT name FROM kept").query(String.class).single();
            assertThat(name).isEqualTo("受理");
        }
    }
}
