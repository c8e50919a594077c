package vn.dvc.commons.identity;

/** Whether a unit is another one or below it, as this service's copy of the unit tree has it. */
@FunctionalInterface
public interface UnitScope {

    boolean isWithin(String unitCode, String rootCode);
}
