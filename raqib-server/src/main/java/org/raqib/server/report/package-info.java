/**
 * The room's view: each agreement's dashboard (obligation cards, charts, map inset, the last 48 hours of
 * the record), the daily situation report (drafted at the agreement's cut-off, edited, approved and
 * published with its hash in the record) and the public view of what was published. Other modules add
 * to the dashboard and the report by providing a {@link org.raqib.server.report.DashboardSection} or a
 * {@link org.raqib.server.report.ReportSection} bean.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.report;
