// The pages of the Charts & awards area, loaded together when it is first opened.
import './charts.css'
export { ActChartsPage, ReleaseChartsPage } from './act-and-release-charts-pages.tsx'
