/** Transfers of members between branches (chuyển sinh hoạt đảng), directives and their campaigns. */
package vn.dangvu.transfer;
