/** Wiring: reads configuration, builds the core and the adapters, starts and stops them. */
package dev.safqa.app;
