// libcurl is opened with dlopen rather than linked: linking it would load it, TLS, Kerberos,
// LDAP and twenty more libraries in every run, which costs tens of milliseconds at start-up.
// The few declarations below are libcurl's stable ABI (curl.h), spelled out so that building
// needs no libcurl headers.

#include "web_fetch.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef void CURL;
struct curl_slist;

enum {
  option_write_data = 10001,
  option_url = 10002,
  option_error_buffer = 10010,
  option_user_agent = 10018,
  option_http_header = 10023,
  option_write_function = 20011,
  option_follow_location = 52,
  option_max_redirects = 68,
  option_no_signal = 99,
  option_accept_encoding = 10102,
  option_protocols = 181,
  option_redirect_protocols = 182,
  option_timeout_ms = 155,
  protocol_http = 1,
  protocol_https = 2,
  info_effective_url = 0x100000 + 1,
  info_response_code = 0x200000 + 2,
  info_content_type = 0x100000 + 18,
  error_buffer_size = 256,
};

static struct {
  int (*global_init)(long flags);
  CURL *(*easy_init)(void);
  int (*easy_setopt)(CURL *, int, ...);
  int (*easy_perform)(CURL *);
  int (*easy_getinfo)(CURL *, int, ...);
  void (*easy_cleanup)(CURL *);
  const char *(*easy_strerror)(int);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t curl_loading = PTHREAD_ONCE_INIT;
static const char *curl_loading_error = NULL;

static void load_curl(void) {
  const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.4.dylib", NULL};
  void *library = NULL;
  for (int index = 0; names[index] != NULL && library == NULL; index++) {
    library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    curl_loading_error = "fetching web pages needs libcurl (Debian: apt-get install libcurl4)";
    return;
  }
  curl.global_init = dlsym(library, "curl_global_init");
  curl.easy_init = dlsym(library, "curl_easy_init");
  curl.easy_setopt = dlsym(library, "curl_easy_setopt");
  curl.easy_perform = dlsym(library, "curl_easy_perform");
  curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
  curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
  curl.easy_strerror = dlsym(library, "curl_easy_strerror");
  curl.slist_append = dlsym(library, "curl_slist_append");
  curl.slist_free_all = dlsym(library, "curl_slist_free_all");
  if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform ||
      !curl.easy_getinfo || !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append ||
      !curl.slist_free_all) {
    curl_loading_error = "the libcurl found on this system lacks functions factdesk needs";
    return;
  }
  curl.global_init(3);  // CURL_GLOBAL_ALL
}

typedef struct {
  web_fetch_sink sink;
  void *context;
} sink_box;

static size_t forward_body(char *bytes, size_t size, size_t count, void *box_pointer) {
  sink_box *box = box_pointer;
  size_t total = size * count;
  // Returning less than was given makes libcurl stop with CURLE_WRITE_ERROR.
  return box->sink(bytes, total, box->context) == 0 ? total : 0;
}

static void copy_text(char *destination, size_t capacity, const char *text) {
  snprintf(destination, capacity, "%s", text ? text : "");
}

void web_fetch(const char *url, long timeout_ms, web_fetch_sink sink, void *context,
               web_fetch_result *result) {
  memset(result, 0, sizeof *result);
  pthread_once(&curl_loading, load_curl);
  if (curl_loading_error != NULL) {
    result->curl_code = -1;
    copy_text(result->message, sizeof result->message, curl_loading_error);
    return;
  }
  CURL *handle = curl.easy_init();
  if (handle == NULL) {
    result->curl_code = -1;
    copy_text(result->message, sizeof result->message, "libcurl could not start a transfer");
    return;
  }
  char error_buffer[error_buffer_size] = {0};
  sink_box box = {sink, context};
  struct curl_slist *headers =
      curl.slist_append(NULL, "Accept: text/html, text/plain;q=0.9, */*;q=0.1");
  curl.easy_setopt(handle, option_url, url);
  curl.easy_setopt(handle, option_error_buffer, error_buffer);
  curl.easy_setopt(handle, option_user_agent, "factdesk");
  curl.easy_setopt(handle, option_http_header, headers);
  curl.easy_setopt(handle, option_write_function, forward_body);
  curl.easy_setopt(handle, option_write_data, &box);
  curl.easy_setopt(handle, option_follow_location, 1L);
  curl.easy_setopt(handle, option_max_redirects, 10L);
  curl.easy_setopt(handle, option_no_signal, 1L);
  curl.easy_setopt(handle, option_accept_encoding, "");
  curl.easy_setopt(handle, option_protocols, (long)(protocol_http | protocol_https));
  curl.easy_setopt(handle, option_redirect_protocols, (long)(protocol_http | protocol_https));
  curl.easy_setopt(handle, option_timeout_ms, timeout_ms);

  result->curl_code = curl.easy_perform(handle);

  char *content_type = NULL;
  char *final_url = NULL;
  curl.easy_getinfo(handle, info_response_code, &result->http_status);
  curl.easy_getinfo(handle, info_content_type, &content_type);
  curl.easy_getinfo(handle, info_effective_url, &final_url);
  copy_text(result->content_type, sizeof result->content_type, content_type);
  copy_text(result->final_url, sizeof result->final_url, final_url);
  copy_text(result->message, sizeof result->message,
            error_buffer[0] ? error_buffer : curl.easy_strerror(result->curl_code));
  curl.slist_free_all(headers);
  curl.easy_cleanup(handle);
}
