package vn.dvc.commons.retention;

import java.util.List;

/** A service's tables that grow with traffic, each with what it keeps: every bean of this type is purged by {@link Retention}. */
public interface RetentionRules {

    List<RetentionRule> rules();
}
