package vn.dvc.rules;

import java.util.Collection;
import java.util.Set;

/**
 * Counting rules v1, "Decision 766 score", e-certified copies: the communes of the scope that made at least one
 * electronic certified copy from an original for a dossier received in the period (they offer the service) ÷ the
 * communes of the scope.
 */
public final class CertifiedCopyOffer {

    private CertifiedCopyOffer() {
    }

    /** @param issuing the units that made one, of any tier and anywhere: only the scope's communes count */
    public static Ratio of(Collection<String> communes, Collection<String> issuing) {
        Set<String> inScope = Set.copyOf(communes);
        return Ratio.of(issuing.stream().distinct().filter(inScope::contains).count(), inScope.size());
    }
}
