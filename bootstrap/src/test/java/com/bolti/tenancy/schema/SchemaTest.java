package com.bolti.tenancy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.Rows;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of the schema that Flyway built, read from PostgreSQL's catalog. */
@QuarkusTest
class SchemaTest {

    /**
     * Foreign keys whose columns are not the leading columns, in order, of some index on the
     * referencing table; deleting or updating a referenced row would scan that table.
     */
    private static final String UNINDEXED_FOREIGN_KEYS = """
            SELECT c.conrelid::regclass || '.' || c.conname
            FROM pg_constraint c
            WHERE c.contype = 'f'
              AND NOT EXISTS (
                SELECT 1 FROM pg_index i
                WHERE i.indrelid = c.conrelid
                  AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)
            ORDER BY 1""";

    private static final String TENANT_TABLES_WITHOUT_ORGANIZATION = """
            SELECT t.table_name FROM information_schema.tables t
            WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND t.table_name NOT IN ('users', 'flyway_schema_history', 'organizations')
              AND NOT EXISTS (
                SELECT 1 FROM information_schema.columns c
                WHERE c.table_schema = 'public' AND c.table_name = t.table_name
                  AND c.column_name = 'organization_id')
            ORDER BY 1""";

    @Test
    void everyForeignKeyIsIndexed() {
        List<String> unindexed = Rows.column(UNINDEXED_FOREIGN_KEYS);

        assertThat(unindexed).isEmpty();
    }

    @Test
    void tenantTablesCarryOrganizationId() {
        List<String> missing = Rows.column(TENANT_TABLES_WITHOUT_ORGANIZATION);

        assertThat(missing).isEmpty();
    }

    @Test
    void schemaHasForeignKeysToCheck() {
        long foreignKeys = Rows.number("SELECT count(*) FROM pg_constraint WHERE contype = 'f'");

        assertThat(foreignKeys).isGreaterThan(5);
    }
}
