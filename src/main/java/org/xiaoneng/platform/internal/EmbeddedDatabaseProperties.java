package org.xiaoneng.platform.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code xiaoneng.embedded-db.*}).
 *
 * @param dataDirectory where its files live; blank for a throw-away directory (tests)
 * @param port          the port to listen on; 0 for any free port
 * @param poolSize      connections in the pool
 */
@ConfigurationProperties("xiaoneng.embedded-db")
record EmbeddedDatabaseProperties(@Nullable String dataDirectory, @DefaultValue("0") int port,
        @DefaultValue("20") int poolSize) {
}
