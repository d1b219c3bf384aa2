/** The Tân Hồng demo district (DESIGN.md §6), loaded once when demo mode is on. */
package vn.dangvu.demo;
