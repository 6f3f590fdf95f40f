package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.io.SchemaGenerator;

class SchemaTest {

    @Test
    void shippedSchemaIsInStepWithTheRecords() throws IOException {
        String shipped = Files.readString(Path.of("schema/scenario.schema.json"));
        assertThat(shipped)
                .as("scenarios/schema/scenario.schema.json is out of date: regenerate it with ./waitlist schema > scenarios/schema/scenario.schema.json")
                .isEqualTo(SchemaGenerator.schemaJson(Scenario.class, "waitlist scenario"));
    }
}
