package org.xiaoneng.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default database: a real PostgreSQL started in-process, its data under {@code ./data/postgres} so that
 * it survives restarts. Setting {@code spring.datasource.url} (for example the environment variable
 * {@code SPRING_DATASOURCE_URL}) switches the whole platform, tests included, to an external PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        // Spring stops the server when the context closes, after everything that still uses it; zonky's own JVM
        // shutdown hook would stop it first, racing the context's last writes (the event registry's, for one).
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "Asia/Shanghai")
                // a Unicode-aware character classification whatever the machine's LANG, so that pg_trgm indexes
                // Chinese characters (under the C locale it sees none); C.UTF-8 ships with every glibc and sorts by
                // code point like C. It applies when a data directory is created.
                .setLocaleConfig("locale", "C.UTF-8");
        String dir = properties.dataDirectory();
        if (dir == null || dir.isBlank()) {
            builder.setDataDirectory(Files.createTempDirectory("xiaoneng-pg")).setCleanDataDirectory(true);
        } else {
            Path path = Path.of(dir).toAbsolutePath();
            Files.createDirectories(path.getParent());
            // zonky turns synchronous_commit off and starts the server with -F (fsync off) for speed; kept data must
            // survive a crash, so every commit is flushed to the write-ahead log before it is acknowledged — which
            // takes both: synchronous_commit waits for the flush, fsync makes the flush reach the disk (this -c comes
            // after zonky's -F on the command line, and the later setting wins)
            builder.setDataDirectory(path).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on");
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(),
                dir == null || dir.isBlank() ? "a temporary directory" : Path.of(dir).toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("xiaoneng-embedded");
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

}
