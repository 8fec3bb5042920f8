package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;

/** A published version and an uploaded file never change — not even by SQL typed into psql. */
@IntegrationTest
class FrozenVersionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ItemCatalog catalog;

    @Test
    void aPublishedVersionRefusesUpdateAndDelete() {
        ItemVersion version = catalog.currentVersion("GAJ-QR-001").orElseThrow();
        assertThatThrownBy(() -> jdbc.sql("UPDATE catalog_item_version SET name = '篡改' WHERE id = :id")
                .param("id", version.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE catalog_item_version SET content = jsonb_set(content, '{promisedLimit,amount}', '1')
                 WHERE id = :id""").param("id", version.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM catalog_item_version WHERE id = :id")
                .param("id", version.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(catalog.version(version.id())).contains(version);
    }

    @Test
    void anUploadedFileRefusesUpdate() {
        long fileId = catalog.currentVersion("SWJ-XK-001").orElseThrow().details().materials().get(0)
                .blankFormFileId();
        assertThatThrownBy(() -> jdbc.sql("UPDATE catalog_file SET content = '\\x00' WHERE id = :id")
                .param("id", fileId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
    }
}
