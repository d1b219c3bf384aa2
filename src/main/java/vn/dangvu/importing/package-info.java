/** Import and export of the member and branch registers as .xlsx and .csv. */
package vn.dangvu.importing;
