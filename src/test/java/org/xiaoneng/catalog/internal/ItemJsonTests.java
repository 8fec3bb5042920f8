package org.xiaoneng.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xiaoneng.catalog.ItemDetails;

/** Stored documents read back exactly, carry no computed values, and stay readable when fields come and go. */
class ItemJsonTests {

    final ItemJson json = new ItemJson();

    @Test
    void roundTrip() {
        ItemDetails details = Items.publishable();
        String written = json.write(details);
        assertThat(json.read(written)).isEqualTo(details);
        assertThat(written).contains("\"promisedLimit\":{\"unit\":\"WORKING_DAYS\",\"amount\":5}")
                .doesNotContain("processWorkingDays").doesNotContain("departmentIds").doesNotContain("fileIds");
    }

    @Test
    void unknownFieldsAreSkippedAndMissingListsAreEmpty() {
        String written = json.write(Items.publishable())
                .replace("\"conditions\":[\"投资者依法设立\"],", "\"someFutureField\":42,");
        ItemDetails read = json.read(written);
        assertThat(read.conditions()).isEmpty();
        assertThat(read.name()).isEqualTo("外商投资企业设立审批");
    }
}
