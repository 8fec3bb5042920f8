package org.xiaoneng.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.platform.DataScope;

/**
 * Chinese trigram matching. pg_trgm only sees Chinese characters when the database's LC_CTYPE calls them letters; the
 * report then uses pg_trgm, and otherwise organization_name_similarity, which must give the same figures.
 */
@IntegrationTest
class NameSimilarityTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OverlapReportService report;

    @Test
    void thisDatabaseLetsPgTrgmSeeChinese() {
        // 城市市容管理 padded: "  城", " 城市", "城市市", "市市容", "市容管", "容管理", "管理 "
        assertThat(jdbc.sql("SELECT cardinality(show_trgm('城市市容管理'))").query(Integer.class).single()).isEqualTo(7);
        assertThat(report.trigramsSeeChinese()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"城市市容管理, 城市市容环境管理, 0.4545", "价格监督检查, 市场价格监督检查, 0.4545",
        "行政事业性收费管理, 行政事业性收费票据管理, 0.5714", "行政复议, 行政监察, 0.25", "户籍管理, 土地登记, 0.0",
        "企业登记注册, 企业登记注册, 1.0"})
    void theFallbackMeasuresWhatPgTrgmMeasures(String a, String b, double expected) {
        double trgm = jdbc.sql("SELECT similarity(:a, :b)").param("a", a).param("b", b).query(Double.class).single();
        double fallback = jdbc.sql("SELECT organization_name_similarity(:a, :b)").param("a", a).param("b", b)
                .query(Double.class).single();
        assertThat(trgm).isCloseTo(expected, within(0.0001));
        assertThat(fallback).isCloseTo(trgm, within(0.000001));
    }

    @Test
    void theReportFindsTheSamePairsWithTheFallback() {
        OverlapReportService target = AopTestUtils.getTargetObject(report);
        var withTrgm = target.similar(DataScope.everything());
        target.trigramsSeeChinese = false;
        try {
            assertThat(target.similar(DataScope.everything())).isEqualTo(withTrgm).isNotEmpty();
        } finally {
            target.trigramsSeeChinese = null;
        }
    }

    /** In a database created with LC_CTYPE=C pg_trgm is blind to Chinese; the fallback still sees the pair. */
    @Test
    void inACLocaleDatabaseOnlyTheFallbackSeesChinese() throws Exception {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS xn_trgm_c");
                statement.execute("CREATE DATABASE xn_trgm_c TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
            }
        } catch (SQLException e) {
            Assumptions.abort("cannot create a scratch database here: " + e.getMessage());
            return;
        }
        try (Connection c = DriverManager.getConnection(url.replaceFirst("/[^/?]+(\\?|$)", "/xn_trgm_c$1"), "postgres", "");
             Statement statement = c.createStatement()) {
            statement.execute("CREATE EXTENSION pg_trgm");
            statement.execute(new ClassPathResource(
                    "db/migration/organization/V202611281001__organization_name_similarity.sql")
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(single(statement, "SELECT cardinality(show_trgm('城市市容管理'))")).isZero();
            assertThat(single(statement, "SELECT similarity('城市市容管理', '城市市容环境管理')")).isZero();
            assertThat(single(statement, "SELECT organization_name_similarity('城市市容管理', '城市市容环境管理')"))
                    .isCloseTo(0.4545, within(0.0001));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS xn_trgm_c");
            }
        }
    }

    private static double single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
