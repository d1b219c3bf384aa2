/** What leaders and staff read: the dashboard now, the summaries later. */
package vn.dangvu.report;
