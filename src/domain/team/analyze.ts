/** The whole analysis of a plan, recomputed on every change: requirements, coverage, risks and suggestions. */
import { areaCoverage, busFactor, planMembers, skillCoverage, stagesWithoutOwner, type AreaCoverage, type BusFactor, type Member, type SkillCoverage, type UnownedStage } from './coverage';
import { skillPositions, type PlannerKnowledge } from './knowledge';
import type { Plan } from './plan';
import { applyingRules, deriveRequirements } from './requirements';
import { suggestHires, trainingPairs, type HireSuggestion, type TrainingPair } from './suggest';

/** Everything the planner shows about a plan. */
export interface PlanAnalysis {
  /** Ids of the rules that apply to the plan's inputs. */
  rules: string[];
  /** Every member, present or away. */
  members: Member[];
  /** Each required line with its doers, teachers and status, in area then skill order. */
  coverage: SkillCoverage[];
  /** Required and reached level per area, in radar order. */
  areas: AreaCoverage[];
  /** Life-cycle stages no present member owns. */
  unownedStages: UnownedStage[];
  /** The bus factor, or null when nothing is required. */
  busFactor: BusFactor | null;
  /** Hires that fix most lines. */
  hires: HireSuggestion[];
  /** Training pairs that could make thin lines safe. */
  pairs: TrainingPair[];
}

/** Analyses a plan against the planner's knowledge. */
export function analyzePlan(plan: Plan, knowledge: PlannerKnowledge): PlanAnalysis {
  const { order } = skillPositions(knowledge);
  const lines = deriveRequirements(plan.inputs, knowledge.rules).sort((a, b) => (order.get(a.skill) ?? 0) - (order.get(b.skill) ?? 0));
  const members = planMembers(plan, knowledge);
  const coverage = skillCoverage(lines, members);
  return {
    rules: applyingRules(plan.inputs, knowledge.rules),
    members,
    coverage,
    areas: areaCoverage(coverage, members, knowledge),
    unownedStages: stagesWithoutOwner(knowledge.stages, members),
    busFactor: busFactor(coverage),
    hires: suggestHires(coverage, knowledge),
    pairs: trainingPairs(coverage, members),
  };
}
