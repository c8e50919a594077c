package vn.dvc.contracts.dossier;

/**
 * The applicant's satisfaction with how a dossier was handled, on the portals' three-level form (DanhGia: "RẤT HÀI
 * LÒNG", "HÀI LÒNG", "KHÔNG HÀI LÒNG"); the latest rating by its own time is the dossier's.
 */
public enum Rating {
    VERY_SATISFIED, SATISFIED, UNSATISFIED
}
