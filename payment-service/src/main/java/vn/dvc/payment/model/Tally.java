package vn.dvc.payment.model;

/** Successful, failed and refunded payments of one group ({@code key}, with a readable label where there is one). */
public record Tally(String key, String label, Amounts success, Amounts failed, Amounts refunded) {

    public static Tally empty(String key, String label) {
        return new Tally(key, label, Amounts.NONE, Amounts.NONE, Amounts.NONE);
    }

    public Tally plus(PaymentStatus status, Amounts amounts) {
        return switch (status) {
            case SUCCESS -> new Tally(key, label, success.plus(amounts), failed, refunded);
            case FAILED -> new Tally(key, label, success, failed.plus(amounts), refunded);
            case REFUNDED -> new Tally(key, label, success, failed, refunded.plus(amounts));
        };
    }

    public Tally plus(Tally other) {
        return new Tally(key, label, success.plus(other.success), failed.plus(other.failed),
                refunded.plus(other.refunded));
    }
}
