export { PlannerPage } from './planner-page.tsx'
