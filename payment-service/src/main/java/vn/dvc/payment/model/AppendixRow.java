package vn.dvc.payment.model;

import java.math.BigInteger;

/** One line of the plan's appendix 5: successful online payments of one unit in one field. */
public record AppendixRow(int number, String unitCode, String unitName, String field, long count,
                          BigInteger amountVnd) {
}
