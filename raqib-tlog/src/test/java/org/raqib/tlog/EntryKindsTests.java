package org.raqib.tlog;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryKindsTests {

    @Test
    void coreHoldsTheRosterKind() {
        assertThat(EntryKinds.core().find("record.roster/v1")).contains(EntryKinds.ROSTER);
    }

    @Test
    void rosterChangesNeedAMediator() {
        assertThat(EntryKinds.ROSTER.cosignerRoles()).containsExactly("mediator");
    }

    @Test
    void modulesAddTheirKinds() {
        assertThat(TestLog.KINDS.find("exchange.handover/v1")).contains(TestLog.HANDOVER);
    }

    @Test
    void unknownKindIsNotFound() {
        assertThat(EntryKinds.core().find("exchange.handover/v1")).isEmpty();
    }

    @Test
    void refusesKindRegisteredTwice() {
        assertThatThrownBy(() -> EntryKinds.builder().add(TestLog.INCIDENT).add(TestLog.INCIDENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesModuleEventAndVersion() {
        assertThat(EntryKind.isValidName("aid.truck-crossed/v12")).isTrue();
    }

    @Test
    void refusesVersionZero() {
        assertThat(EntryKind.isValidName("aid.crossed/v0")).isFalse();
    }

    @Test
    void refusesNameWithoutModule() {
        assertThatThrownBy(() -> EntryKind.signedByParty("handover/v1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesInvalidRole() {
        assertThatThrownBy(() -> new EntryKind("aid.crossed/v1", Set.of("Intermediary"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moduleIsThePartBeforeTheDot() {
        assertThat(TestLog.HANDOVER.module()).isEqualTo("exchange");
    }
}
