/* The frame loop: xrWaitFrame advances the runtime's frame counter (display time 1/72 s per frame),
 * xrEndFrame validates the submitted layers, logs them and captures the eyes at scripted frames. */
#include "runtime.h"
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#define EYE_OFFSET_M 0.032f
#define DEG(x) ((float)((x) * M_PI / 180.0))

XRAPI_ATTR XrResult XRAPI_CALL xrWaitFrame(XrSession handle, const XrFrameWaitInfo *info, XrFrameState *state) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info != NULL && info->type != XR_TYPE_FRAME_WAIT_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (state == NULL || state->type != XR_TYPE_FRAME_STATE) return XR_ERROR_VALIDATION_FAILURE;
    if (!session->running) return XR_ERROR_SESSION_NOT_RUNNING;
    usleep(200);   /* a token wait: tests must not run at display rate */
    rt_frame++;
    session->waited_frame = rt_frame;
    state->predictedDisplayTime = rt_frame_time(rt_frame);
    state->predictedDisplayPeriod = RT_FRAME_PERIOD_NS;
    state->shouldRender = session->state == XR_SESSION_STATE_VISIBLE || session->state == XR_SESSION_STATE_FOCUSED;
    rt_session_frame_events(session);
    return session->lost ? XR_ERROR_SESSION_LOST : rt_current_instance->lost ? XR_ERROR_INSTANCE_LOST : XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrBeginFrame(XrSession handle, const XrFrameBeginInfo *info) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info != NULL && info->type != XR_TYPE_FRAME_BEGIN_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (!session->running) return XR_ERROR_SESSION_NOT_RUNNING;
    if (session->waited_frame < 0) return rt_fail(XR_ERROR_CALL_ORDER_INVALID, "xrBeginFrame", "no xrWaitFrame before it");
    bool discarded = session->begun_frame >= 0;
    session->begun_frame = session->waited_frame;
    session->waited_frame = -1;
    return discarded ? XR_FRAME_DISCARDED : XR_SUCCESS;
}

static XrResult check_view(const XrCompositionLayerProjectionView *view, int eye) {
    if (view->type != XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW) return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrEndFrame", "view %d has type %d", eye, view->type);
    if (!rt_pose_is_valid(view->pose)) return rt_fail(XR_ERROR_POSE_INVALID, "xrEndFrame", "view %d pose is not normalized", eye);
    rt_swapchain *swapchain = rt_swapchain_from(view->subImage.swapchain);
    if (swapchain == NULL) return rt_fail(XR_ERROR_HANDLE_INVALID, "xrEndFrame", "view %d swapchain is invalid", eye);
    if (swapchain->last_released < 0) return rt_fail(XR_ERROR_LAYER_INVALID, "xrEndFrame", "view %d swapchain has no released image", eye);
    const XrRect2Di *rect = &view->subImage.imageRect;
    if (rect->offset.x < 0 || rect->offset.y < 0 || rect->extent.width <= 0 || rect->extent.height <= 0 ||
        rect->offset.x + rect->extent.width > (int32_t)swapchain->width || rect->offset.y + rect->extent.height > (int32_t)swapchain->height) {
        return rt_fail(XR_ERROR_SWAPCHAIN_RECT_INVALID, "xrEndFrame", "view %d rect %d,%d %dx%d outside the %ux%u swapchain", eye,
                       rect->offset.x, rect->offset.y, rect->extent.width, rect->extent.height, swapchain->width, swapchain->height);
    }
    if (view->subImage.imageArrayIndex != 0) return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrEndFrame", "view %d imageArrayIndex must be 0", eye);
    return XR_SUCCESS;
}

static XrResult check_layer(const XrCompositionLayerBaseHeader *layer) {
    if (layer == NULL) return rt_fail(XR_ERROR_LAYER_INVALID, "xrEndFrame", "null layer");
    if (rt_space_from(layer->space) == NULL) return rt_fail(XR_ERROR_HANDLE_INVALID, "xrEndFrame", "layer space is invalid");
    if (layer->type == XR_TYPE_COMPOSITION_LAYER_QUAD) return XR_SUCCESS;
    if (layer->type != XR_TYPE_COMPOSITION_LAYER_PROJECTION) return rt_fail(XR_ERROR_LAYER_INVALID, "xrEndFrame", "layer type %d", layer->type);
    const XrCompositionLayerProjection *projection = (const XrCompositionLayerProjection *)layer;
    if (projection->viewCount != 2 || projection->views == NULL) {
        return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrEndFrame", "projection layer has %u views, needs 2", projection->viewCount);
    }
    for (int eye = 0; eye < 2; eye++) {
        XrResult result = check_view(&projection->views[eye], eye);
        if (XR_FAILED(result)) return result;
    }
    return XR_SUCCESS;
}

static void capture_layers(const XrFrameEndInfo *info, int64_t frame) {
    if (rt_capture_dir() == NULL || !rt_script_has("capture", frame)) return;
    for (uint32_t i = 0; i < info->layerCount; i++) {
        if (info->layers[i]->type != XR_TYPE_COMPOSITION_LAYER_PROJECTION) continue;
        const XrCompositionLayerProjection *projection = (const XrCompositionLayerProjection *)info->layers[i];
        for (int eye = 0; eye < 2; eye++) {
            const XrSwapchainSubImage *image = &projection->views[eye].subImage;
            rt_capture_eye(rt_swapchain_from(image->swapchain), image, frame, eye);
        }
        return;
    }
    rt_log("capture frame=%lld skipped=no-projection-layer", (long long)frame);
}

XRAPI_ATTR XrResult XRAPI_CALL xrEndFrame(XrSession handle, const XrFrameEndInfo *info) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info == NULL || info->type != XR_TYPE_FRAME_END_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (!session->running) return XR_ERROR_SESSION_NOT_RUNNING;
    if (session->begun_frame < 0) return rt_fail(XR_ERROR_CALL_ORDER_INVALID, "xrEndFrame", "no xrBeginFrame before it");
    if (info->displayTime <= 0) return rt_fail(XR_ERROR_TIME_INVALID, "xrEndFrame", "displayTime %lld", (long long)info->displayTime);
    if (info->environmentBlendMode != XR_ENVIRONMENT_BLEND_MODE_OPAQUE) {
        return rt_fail(XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED, "xrEndFrame", "blend mode %d", info->environmentBlendMode);
    }
    if (info->layerCount > XR_MIN_COMPOSITION_LAYERS_SUPPORTED) return rt_fail(XR_ERROR_LAYER_LIMIT_EXCEEDED, "xrEndFrame", "%u layers", info->layerCount);
    if (info->layerCount > 0 && info->layers == NULL) return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrEndFrame", "layers is null");
    for (uint32_t i = 0; i < info->layerCount; i++) {
        XrResult result = check_layer(info->layers[i]);
        if (XR_FAILED(result)) return result;
    }
    int64_t frame = session->begun_frame;
    session->begun_frame = -1;
    rt_log("endframe frame=%lld layers=%u display-time=%lld", (long long)frame, info->layerCount, (long long)info->displayTime);
    capture_layers(info, frame);
    rt_session_frame_submitted(session);
    return XR_SUCCESS;
}

static XrFovf eye_fov(int eye) {
    XrFovf fov = {DEG(-50), DEG(45), DEG(45), DEG(-50)};   /* left eye: 50° outward (left), 45° towards the nose */
    if (eye == 1) {
        fov.angleLeft = DEG(-45);
        fov.angleRight = DEG(50);
    }
    return fov;
}

XRAPI_ATTR XrResult XRAPI_CALL xrLocateViews(XrSession handle, const XrViewLocateInfo *info, XrViewState *state, uint32_t capacity, uint32_t *count, XrView *views) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    if (info == NULL || info->type != XR_TYPE_VIEW_LOCATE_INFO || state == NULL || state->type != XR_TYPE_VIEW_STATE || count == NULL) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    if (info->viewConfigurationType != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
    if (info->displayTime <= 0) return XR_ERROR_TIME_INVALID;
    rt_space *base = rt_space_from(info->space);
    if (base == NULL) return XR_ERROR_HANDLE_INVALID;
    *count = 2;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < 2) return XR_ERROR_SIZE_INSUFFICIENT;
    XrPosef head, base_world;
    rt_script_track_pose(RT_HEAD, rt_time_frame(info->displayTime), &head);
    if (!rt_space_locate(base, info->displayTime, &base_world)) {   /* an untracked action space as the base */
        state->viewStateFlags = 0;
        return XR_SUCCESS;
    }
    XrPosef to_base = rt_pose_inverse(base_world);
    for (int eye = 0; eye < 2; eye++) {
        if (views[eye].type != XR_TYPE_VIEW) return XR_ERROR_VALIDATION_FAILURE;
        XrPosef offset = rt_pose_identity();
        offset.position.x = eye == 0 ? -EYE_OFFSET_M : EYE_OFFSET_M;
        views[eye].pose = rt_pose_multiply(to_base, rt_pose_multiply(head, offset));
        views[eye].fov = eye_fov(eye);
    }
    state->viewStateFlags = XR_VIEW_STATE_ORIENTATION_VALID_BIT | XR_VIEW_STATE_POSITION_VALID_BIT |
                            XR_VIEW_STATE_ORIENTATION_TRACKED_BIT | XR_VIEW_STATE_POSITION_TRACKED_BIT;
    return XR_SUCCESS;
}
