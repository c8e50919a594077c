package vn.dvc.kpi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A campaign as stored. */
public record CampaignView(String id, String name, LocalDate from, LocalDate to, Map<String, BigDecimal> targets,
                           List<CampaignRequest.UnitTarget> unitTargets, Map<String, CampaignRequest.TargetRule> targetRules) {
}
