package vn.dvc.payment.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit's online payment account: switched on or off, with which provider, since which local day. */
public record AccountRequest(@NotNull Boolean enabled, @Size(max = 50) String provider, @Size(max = 10) String since) {
}
