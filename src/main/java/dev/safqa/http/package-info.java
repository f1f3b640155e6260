/** The one HTTP server every inbound HTTP feature registers a route on (webhooks, health, metrics). */
package dev.safqa.http;
