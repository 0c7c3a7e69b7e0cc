package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.testing.PlaceraIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application connects as a role that can use rows but cannot change the schema. */
@PlaceraIT
class DatabaseRolesIT {

    @Autowired JdbcClient jdbc;

    @Test
    void applicationRunsAsTheApplicationRoleWithoutSuperuserRights() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("placera_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void applicationRoleCannotChangeTheSchema() {
        assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("drop table welfare_area").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("truncate staff_member cascade").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void tablesBelongToTheOwnerRole() {
        assertThat(jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                .query(String.class).list()).containsExactly("placera_owner");
    }
}
