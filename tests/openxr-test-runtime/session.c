/* Session lifecycle: IDLE → READY on create; SYNCHRONIZED → VISIBLE → FOCUSED as frames are submitted after
 * xrBeginSession; STOPPING on xrRequestExitSession (or `stop N`); IDLE → EXITING after xrEndSession;
 * LOSS_PENDING on `lose N`. */
#include "runtime.h"
#include <stdlib.h>
#include <string.h>

#define SESSION_MAGIC 0x58525353u

rt_session *rt_current_session;
static bool unfocused;   /* `unfocus N` holds the session at VISIBLE until `focus M` */

static const char *state_name(XrSessionState state) {
    switch (state) {
    case XR_SESSION_STATE_IDLE: return "IDLE";
    case XR_SESSION_STATE_READY: return "READY";
    case XR_SESSION_STATE_SYNCHRONIZED: return "SYNCHRONIZED";
    case XR_SESSION_STATE_VISIBLE: return "VISIBLE";
    case XR_SESSION_STATE_FOCUSED: return "FOCUSED";
    case XR_SESSION_STATE_STOPPING: return "STOPPING";
    case XR_SESSION_STATE_LOSS_PENDING: return "LOSS_PENDING";
    case XR_SESSION_STATE_EXITING: return "EXITING";
    default: return "UNKNOWN";
    }
}

XrResult rt_check_session(XrSession handle) {
    rt_session *session = (rt_session *)handle;
    if (session == NULL || session != rt_current_session || session->magic != SESSION_MAGIC) return XR_ERROR_HANDLE_INVALID;
    if (rt_current_instance->lost) return XR_ERROR_INSTANCE_LOST;
    return session->lost ? XR_ERROR_SESSION_LOST : XR_SUCCESS;
}

void rt_session_set_state(rt_session *session, XrSessionState state) {
    if (session->state == state) return;
    session->state = state;
    XrEventDataSessionStateChanged event = {XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED, NULL, (XrSession)session, state,
                                            rt_frame_time(rt_frame < 0 ? 0 : rt_frame)};
    rt_queue_event(&event, sizeof event);
    rt_log("state frame=%lld state=%s", (long long)rt_frame, state_name(state));
}

/* Scripted events keyed at the frame xrWaitFrame just returned. */
void rt_session_frame_events(rt_session *session) {
    if (rt_script_has("unfocus", rt_frame)) {
        unfocused = true;
        if (session->state == XR_SESSION_STATE_FOCUSED) rt_session_set_state(session, XR_SESSION_STATE_VISIBLE);
    }
    if (rt_script_has("focus", rt_frame)) {
        unfocused = false;
        if (session->state == XR_SESSION_STATE_VISIBLE) rt_session_set_state(session, XR_SESSION_STATE_FOCUSED);
    }
    if (rt_script_has("stop", rt_frame) && session->running && !session->exit_requested) {
        session->exit_requested = true;
        rt_session_set_state(session, XR_SESSION_STATE_STOPPING);
    }
    if (rt_script_has("lose", rt_frame)) {
        rt_session_set_state(session, XR_SESSION_STATE_LOSS_PENDING);
        session->lost = true;
    }
    if (rt_script_has("exit", rt_frame)) rt_instance_lose();
}

/* After each xrEndFrame: the first submitted frame synchronizes, the second makes the session visible, the third focused. */
void rt_session_frame_submitted(rt_session *session) {
    session->submitted_frames++;
    if (session->exit_requested || session->lost) return;
    if (session->submitted_frames == 1) rt_session_set_state(session, XR_SESSION_STATE_SYNCHRONIZED);
    else if (session->submitted_frames == 2) rt_session_set_state(session, XR_SESSION_STATE_VISIBLE);
    else if (session->submitted_frames == 3 && !unfocused) rt_session_set_state(session, XR_SESSION_STATE_FOCUSED);
}

static const XrGraphicsBindingOpenGLXlibKHR *find_binding(const void *next) {
    for (const XrBaseInStructure *item = next; item != NULL; item = item->next) {
        if (item->type == XR_TYPE_GRAPHICS_BINDING_OPENGL_XLIB_KHR) return (const XrGraphicsBindingOpenGLXlibKHR *)item;
    }
    return NULL;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateSession(XrInstance instance, const XrSessionCreateInfo *info, XrSession *handle) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (info == NULL || handle == NULL || info->type != XR_TYPE_SESSION_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->systemId != 1) return XR_ERROR_SYSTEM_INVALID;
    if (!rt_current_instance->requirements_queried) {
        return rt_fail(XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING, "xrCreateSession", "xrGetOpenGLGraphicsRequirementsKHR was not called");
    }
    const XrGraphicsBindingOpenGLXlibKHR *binding = find_binding(info->next);
    if (binding == NULL || binding->xDisplay == NULL || binding->glxContext == NULL) {
        return rt_fail(XR_ERROR_GRAPHICS_DEVICE_INVALID, "xrCreateSession", "needs XrGraphicsBindingOpenGLXlibKHR with a display and a GLX context");
    }
    if (rt_current_session != NULL) return rt_fail(XR_ERROR_LIMIT_REACHED, "xrCreateSession", "one session at a time");
    rt_session *session = calloc(1, sizeof *session);
    session->magic = SESSION_MAGIC;
    session->state = XR_SESSION_STATE_UNKNOWN;
    session->waited_frame = session->begun_frame = -1;
    session->display = binding->xDisplay;
    session->drawable = binding->glxDrawable;
    session->context = binding->glxContext;
    rt_current_session = session;
    unfocused = false;
    *handle = (XrSession)session;
    rt_log("session frame=%lld created", (long long)rt_frame);
    rt_session_set_state(session, XR_SESSION_STATE_IDLE);
    rt_session_set_state(session, XR_SESSION_STATE_READY);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroySession(XrSession handle) {
    if (rt_check_session(handle) == XR_ERROR_HANDLE_INVALID) return XR_ERROR_HANDLE_INVALID;
    rt_session *session = (rt_session *)handle;
    session->magic = 0;
    free(session);
    rt_current_session = NULL;
    rt_log("session frame=%lld destroyed", (long long)rt_frame);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrBeginSession(XrSession handle, const XrSessionBeginInfo *info) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info == NULL || info->type != XR_TYPE_SESSION_BEGIN_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->primaryViewConfigurationType != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
    if (session->running) return XR_ERROR_SESSION_RUNNING;
    if (session->state != XR_SESSION_STATE_READY) return rt_fail(XR_ERROR_SESSION_NOT_READY, "xrBeginSession", "state is not READY");
    session->running = true;
    session->submitted_frames = 0;
    rt_log("session frame=%lld begun", (long long)rt_frame);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEndSession(XrSession handle) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (!session->running) return XR_ERROR_SESSION_NOT_RUNNING;
    if (session->state != XR_SESSION_STATE_STOPPING) return rt_fail(XR_ERROR_SESSION_NOT_STOPPING, "xrEndSession", "state is not STOPPING");
    session->running = false;
    session->waited_frame = session->begun_frame = -1;
    rt_log("session frame=%lld ended", (long long)rt_frame);
    rt_session_set_state(session, XR_SESSION_STATE_IDLE);
    if (session->exit_requested) rt_session_set_state(session, XR_SESSION_STATE_EXITING);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrRequestExitSession(XrSession handle) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (!session->running) return XR_ERROR_SESSION_NOT_RUNNING;
    rt_log("session frame=%lld exit-requested", (long long)rt_frame);
    if (!session->exit_requested) {
        session->exit_requested = true;
        rt_session_set_state(session, XR_SESSION_STATE_STOPPING);
    }
    return XR_SUCCESS;
}
