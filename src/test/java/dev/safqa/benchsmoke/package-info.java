/** Each benchmark of {@code dev.safqa.bench}, run small in the normal test suite: it must finish and report figures. */
package dev.safqa.benchsmoke;
