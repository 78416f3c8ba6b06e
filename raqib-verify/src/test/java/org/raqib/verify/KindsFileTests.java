package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.tlog.EntryKind;
import org.raqib.tlog.EntryKinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kinds the verifier ships, and those a --kinds file adds. */
class KindsFileTests {

    @TempDir
    Path tmp;

    @Test
    void shipsTheServersKinds() {
        EntryKinds kinds = KindsFile.load(null);

        assertThat(kinds.all()).extracting(EntryKind::name).containsExactlyInAnyOrder(
                "record.roster/v1", "record.statement/v1", "record.correction/v1", "record.retraction/v1",
                "record.confirmation/v1", "record.dispute/v1",
                "agreement.defined/v1", "agreement.amended/v1", "exchange.round-planned/v1", "exchange.round-status/v1",
                "exchange.list-part/v1", "exchange.list-submitted/v1", "exchange.step/v1", "movement.counted/v1",
                "movement.reported-count/v1", "movement.named-list/v1",
                "aid.consignment-registered/v1", "aid.consignment-step/v1", "aid.count-reported/v1",
                "reconcile.match-decision/v1", "reconcile.list/v1",
                "report.published/v1",
                "osint.claim-accepted/v1", "osint.claim-rejected/v1",
                "incident.reported/v1", "incident.step/v1", "incident.duplicate/v1", "incident.breach/v1");
        assertThat(kinds.find("record.roster/v1").orElseThrow()).isEqualTo(EntryKinds.ROSTER);
    }

    @Test
    void aKindsFileAddsKindsWithTheirCosigners() throws Exception {
        Path file = Files.writeString(tmp.resolve("kinds"), "# newer server\n\nexchange.handover/v1 intermediary mediator\n");

        EntryKinds kinds = KindsFile.load(file);

        assertThat(kinds.find("exchange.handover/v1").orElseThrow().cosignerRoles()).isEqualTo(Set.of("intermediary", "mediator"));
    }

    @Test
    void aKindListedAgainWithTheSameCosignersIsAccepted() throws Exception {
        Path file = Files.writeString(tmp.resolve("kinds"), "record.roster/v1 mediator\n");

        assertThat(KindsFile.load(file).all()).hasSize(KindsFile.load(null).all().size());
    }

    @Test
    void aKindListedAgainWithOtherCosignersIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("kinds"), "record.statement/v1 mediator\n");

        assertThatThrownBy(() -> KindsFile.load(file)).isInstanceOf(CommandError.class).hasMessageContaining("record.statement/v1");
    }

    @Test
    void aLineThatIsNotAKindIsRefusedWithItsNumber() throws Exception {
        Path file = Files.writeString(tmp.resolve("kinds"), "ok.kind/v1\nNot A Kind\n");

        assertThatThrownBy(() -> KindsFile.load(file)).isInstanceOf(CommandError.class).hasMessageContaining("line 2");
    }
}
