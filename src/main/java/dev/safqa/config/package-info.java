/**
 * Configuration: {@code config/safqa.yaml} and the environment, read and checked once at start into
 * one immutable {@link dev.safqa.config.SafqaConfig}. Secrets come only from the environment and are
 * held as {@link dev.safqa.config.Secret}s, which never print.
 */
package dev.safqa.config;
