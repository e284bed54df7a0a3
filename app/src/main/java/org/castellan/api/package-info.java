/**
 * What every REST endpoint under {@code /api/v1} shares: errors as RFC 9457 problem documents, the OpenAPI
 * document, and {@code /api/v1/me}. The endpoints themselves live in their feature packages ({@code …Api}).
 */
package org.castellan.api;
