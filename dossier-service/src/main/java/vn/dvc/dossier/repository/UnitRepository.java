package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.dossier.entity.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Map<String, Unit> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", codes).stream().collect(Collectors.toMap(unit -> unit.code, Function.identity()));
    }

    public List<Unit> childrenOf(String parentCode) {
        return list("parentCode", Sort.by("code"), parentCode);
    }

    public List<Unit> roots() {
        return list("parentCode is null", Sort.by("code"));
    }

    /** Every unit's parent, for cycle checks over the whole tree. */
    public Map<String, String> parentByCode() {
        return getEntityManager().createQuery("select new " + UnitParent.class.getName() + "(u.code, u.parentCode) from Unit u",
                        UnitParent.class)
                .getResultStream()
                .collect(HashMapCollector.of(UnitParent::code, UnitParent::parentCode));
    }

    /** Which of these codes are known. */
    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select x.code from Unit x where x.code in ?1", String.class)
                .setParameter(1, codes).getResultList());
    }

    /** The unit and every unit below it, level by level; empty when the unit is not known. */
    public List<String> subtreeCodes(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery("WITH RECURSIVE subtree (code, depth) AS ("
                        + "SELECT code, 0 FROM unit WHERE code = ?1 "
                        + "UNION ALL SELECT u.code, s.depth + 1 FROM unit u JOIN subtree s ON u.parent_code = s.code) "
                        + "SELECT code FROM subtree ORDER BY depth, code")
                .setParameter(1, code)
                .getResultList();
        return codes;
    }

    /** Whether {@code code} is {@code rootCode} or below it (walking up its parents). */
    public boolean isWithin(String code, String rootCode) {
        Number found = (Number) getEntityManager().createNativeQuery("WITH RECURSIVE up (code, parent_code) AS ("
                        + "SELECT code, parent_code FROM unit WHERE code = ?1 "
                        + "UNION ALL SELECT u.code, u.parent_code FROM unit u JOIN up ON u.code = up.parent_code) "
                        + "SELECT COUNT(*) FROM up WHERE code = ?2")
                .setParameter(1, code).setParameter(2, rootCode).getSingleResult();
        return found.intValue() > 0;
    }

    /** A unit's code and its parent's. */
    public record UnitParent(String code, String parentCode) {
    }
}
