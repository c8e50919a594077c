package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.dossier.dvcqg.DvcqgIntake;
import vn.dvc.dossier.dvcqg.SnapshotOutcome;
import vn.dvc.dossier.imports.ImportKind;

/**
 * Rows of the national portal's dossiers, each one snapshot, into the sync intake (docs/dvcqg-sync.md): a row's fee
 * amount is its fee list and its electronic result yes/no its result list. A row that adds nothing new (the same
 * snapshot again, an older one, a dossier not yet received) is counted a duplicate.
 */
@ApplicationScoped
public class DvcqgDossierSink implements ImportSink {

    private final DvcqgIntake intake;

    public DvcqgDossierSink(DvcqgIntake intake) {
        this.intake = intake;
    }

    @Override
    public String kind() {
        return ImportKind.DVCQG_DOSSIERS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        items.forEach(DvcqgDossierSink::asSnapshot);
        intake.accept(List.<JsonNode>copyOf(items), outcomes -> commit.accept(outcomes.stream().map(DvcqgDossierSink::outcome).toList()));
    }

    private static void asSnapshot(ObjectNode row) {
        JsonNode fee = row.remove("LePhi");
        if (fee != null) {
            row.putArray("DanhSachLePhi").addObject().put("Gia", fee.asDouble());
        }
        JsonNode electronicResult = row.remove("KetQuaDienTu");
        if (electronicResult != null && electronicResult.asBoolean()) {
            row.putArray("DanhSachGiayToKetQua").addObject();
        }
    }

    private static RowOutcome outcome(SnapshotOutcome outcome) {
        return switch (outcome.outcome()) {
            case ACCEPTED -> RowOutcome.ACCEPTED;
            case REJECTED -> RowOutcome.rejected(RejectionReasons.of(outcome.problem()));
            default -> RowOutcome.DUPLICATE;
        };
    }
}
