package vn.dvc.contracts.quality;

/** Who may apply for a procedure (DOITUONGTHUCHIEN); the first three are people whose resident data can be used. */
public enum ApplicantKind {
    CITIZEN, OVERSEAS_VIETNAMESE, FOREIGNER, ORGANISATION, BUSINESS;

    public boolean isPerson() {
        return this == CITIZEN || this == OVERSEAS_VIETNAMESE || this == FOREIGNER;
    }
}
