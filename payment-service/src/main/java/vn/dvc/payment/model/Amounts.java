package vn.dvc.payment.model;

import java.math.BigInteger;

/** A count of transactions and their total in whole VND, exact at any size. */
public record Amounts(long count, BigInteger amountVnd) {

    public static final Amounts NONE = new Amounts(0, BigInteger.ZERO);

    public Amounts plus(Amounts other) {
        return new Amounts(count + other.count, amountVnd.add(other.amountVnd));
    }
}
