#ifndef FACTDESK_WEB_FETCH_H
#define FACTDESK_WEB_FETCH_H

#include <stddef.h>

/// Receives each piece of the body as it arrives; returns 0 to go on, anything else to stop.
typedef int (*web_fetch_sink)(const char *bytes, size_t count, void *context);

/// What one transfer ended with. `curl_code` is libcurl's CURLcode (0 for success), or -1 when
/// libcurl could not be loaded; `message` then says why in one line.
typedef struct {
  int curl_code;
  long http_status;
  char content_type[256];
  char final_url[2048];
  char message[512];
} web_fetch_result;

/// Downloads an http(s) URL with libcurl, loaded on first use so that a run which never fetches
/// does not pay for loading libcurl and its dozens of dependencies at start-up.
void web_fetch(const char *url, long timeout_ms, web_fetch_sink sink, void *context,
               web_fetch_result *result);

#endif
