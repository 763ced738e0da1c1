/* Instance, system, view configuration and the event queue. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INSTANCE_MAGIC 0x58524931u
#define SYSTEM_ID 1
#define MAX_EVENTS 64

rt_instance *rt_current_instance;
int64_t rt_frame = -1;
static bool instance_gone;   /* set by `exit N gone`: later xrCreateInstance calls fail as if no runtime were there */
static XrEventDataBuffer events[MAX_EVENTS];
static int event_head, event_count;

XrTime rt_frame_time(int64_t frame) { return RT_TIME_ORIGIN_NS + frame * RT_FRAME_PERIOD_NS; }
double rt_time_frame(XrTime time) { return (double)(time - RT_TIME_ORIGIN_NS) / (double)RT_FRAME_PERIOD_NS; }

XrResult rt_check_instance(XrInstance instance) {
    rt_instance *object = (rt_instance *)instance;
    if (object == NULL || object != rt_current_instance || object->magic != INSTANCE_MAGIC) return XR_ERROR_HANDLE_INVALID;
    return object->lost ? XR_ERROR_INSTANCE_LOST : XR_SUCCESS;
}

void rt_queue_event(const void *event, size_t size) {
    if (event_count == MAX_EVENTS) {   /* overflow: drop the oldest, as a real runtime would report events lost */
        event_head = (event_head + 1) % MAX_EVENTS;
        event_count--;
    }
    XrEventDataBuffer *slot = &events[(event_head + event_count) % MAX_EVENTS];
    memset(slot, 0, sizeof *slot);
    memcpy(slot, event, size);
    event_count++;
}

void rt_instance_lose(void) {
    XrEventDataInstanceLossPending event = {XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING, NULL, rt_frame_time(rt_frame)};
    rt_queue_event(&event, sizeof event);
    rt_current_instance->lost = true;
    instance_gone = rt_script_exit_gone();
    rt_log("instance frame=%lld state=LOSS_PENDING%s", (long long)rt_frame, instance_gone ? " gone" : "");
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateApiLayerProperties(uint32_t capacity, uint32_t *count, XrApiLayerProperties *properties) {
    (void)capacity;
    (void)properties;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 0;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateInstanceExtensionProperties(const char *layer, uint32_t capacity, uint32_t *count, XrExtensionProperties *properties) {
    if (layer != NULL) return XR_ERROR_API_LAYER_NOT_PRESENT;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 1;
    if (capacity == 0) return XR_SUCCESS;
    if (properties == NULL) return XR_ERROR_VALIDATION_FAILURE;
    if (properties[0].type != XR_TYPE_EXTENSION_PROPERTIES) return XR_ERROR_VALIDATION_FAILURE;
    snprintf(properties[0].extensionName, XR_MAX_EXTENSION_NAME_SIZE, "%s", XR_KHR_OPENGL_ENABLE_EXTENSION_NAME);
    properties[0].extensionVersion = XR_KHR_opengl_enable_SPEC_VERSION;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateInstance(const XrInstanceCreateInfo *info, XrInstance *instance) {
    if (info == NULL || instance == NULL || info->type != XR_TYPE_INSTANCE_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (instance_gone) return rt_fail(XR_ERROR_RUNTIME_UNAVAILABLE, "xrCreateInstance", "the runtime has exited (script: exit N gone)");
    if (rt_current_instance != NULL) return rt_fail(XR_ERROR_LIMIT_REACHED, "xrCreateInstance", "one instance at a time");
    if (XR_VERSION_MAJOR(info->applicationInfo.apiVersion) != 1 || XR_VERSION_MINOR(info->applicationInfo.apiVersion) != 0) {
        return rt_fail(XR_ERROR_API_VERSION_UNSUPPORTED, "xrCreateInstance", "apiVersion must be 1.0.x");
    }
    bool gl = false;
    for (uint32_t i = 0; i < info->enabledExtensionCount; i++) {
        if (strcmp(info->enabledExtensionNames[i], XR_KHR_OPENGL_ENABLE_EXTENSION_NAME) != 0) {
            return rt_fail(XR_ERROR_EXTENSION_NOT_PRESENT, "xrCreateInstance", "extension %s", info->enabledExtensionNames[i]);
        }
        gl = true;
    }
    XrResult script = rt_script_load();
    if (XR_FAILED(script)) return script;
    rt_instance *object = calloc(1, sizeof *object);
    object->magic = INSTANCE_MAGIC;
    object->gl_enabled = gl;
    rt_current_instance = object;
    event_head = event_count = 0;
    *instance = (XrInstance)object;
    rt_log("instance frame=%lld created application=%s", (long long)rt_frame, info->applicationInfo.applicationName);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroyInstance(XrInstance instance) {
    if (rt_check_instance(instance) == XR_ERROR_HANDLE_INVALID) return XR_ERROR_HANDLE_INVALID;
    if (rt_current_session != NULL) xrDestroySession((XrSession)rt_current_session);
    rt_input_reset();
    rt_current_instance->magic = 0;
    free(rt_current_instance);
    rt_current_instance = NULL;
    rt_log("instance frame=%lld destroyed", (long long)rt_frame);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetInstanceProperties(XrInstance instance, XrInstanceProperties *properties) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (properties == NULL || properties->type != XR_TYPE_INSTANCE_PROPERTIES) return XR_ERROR_VALIDATION_FAILURE;
    properties->runtimeVersion = XR_MAKE_VERSION(0, 1, 0);
    snprintf(properties->runtimeName, XR_MAX_RUNTIME_NAME_SIZE, "metaverse-test-runtime");
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrPollEvent(XrInstance instance, XrEventDataBuffer *buffer) {
    if (rt_check_instance(instance) == XR_ERROR_HANDLE_INVALID) return XR_ERROR_HANDLE_INVALID;
    if (buffer == NULL || buffer->type != XR_TYPE_EVENT_DATA_BUFFER) return XR_ERROR_VALIDATION_FAILURE;
    if (event_count == 0) return XR_EVENT_UNAVAILABLE;
    *buffer = events[event_head];
    event_head = (event_head + 1) % MAX_EVENTS;
    event_count--;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetSystem(XrInstance instance, const XrSystemGetInfo *info, XrSystemId *system) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (info == NULL || system == NULL || info->type != XR_TYPE_SYSTEM_GET_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->formFactor != XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY) {
        return info->formFactor == XR_FORM_FACTOR_HANDHELD_DISPLAY ? XR_ERROR_FORM_FACTOR_UNSUPPORTED : XR_ERROR_VALIDATION_FAILURE;
    }
    *system = SYSTEM_ID;
    return XR_SUCCESS;
}

static XrResult check_system(XrInstance instance, XrSystemId system) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    return system == SYSTEM_ID ? XR_SUCCESS : XR_ERROR_SYSTEM_INVALID;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetSystemProperties(XrInstance instance, XrSystemId system, XrSystemProperties *properties) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (properties == NULL || properties->type != XR_TYPE_SYSTEM_PROPERTIES) return XR_ERROR_VALIDATION_FAILURE;
    properties->systemId = system;
    properties->vendorId = 0x4D56;
    snprintf(properties->systemName, XR_MAX_SYSTEM_NAME_SIZE, "metaverse-test-headset");
    properties->graphicsProperties.maxSwapchainImageWidth = 2048;
    properties->graphicsProperties.maxSwapchainImageHeight = 2048;
    properties->graphicsProperties.maxLayerCount = XR_MIN_COMPOSITION_LAYERS_SUPPORTED;
    properties->trackingProperties.orientationTracking = XR_TRUE;
    properties->trackingProperties.positionTracking = XR_TRUE;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateViewConfigurations(XrInstance instance, XrSystemId system, uint32_t capacity, uint32_t *count, XrViewConfigurationType *types) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 1;
    if (capacity == 0) return XR_SUCCESS;
    types[0] = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetViewConfigurationProperties(XrInstance instance, XrSystemId system, XrViewConfigurationType type, XrViewConfigurationProperties *properties) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (type != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
    if (properties == NULL || properties->type != XR_TYPE_VIEW_CONFIGURATION_PROPERTIES) return XR_ERROR_VALIDATION_FAILURE;
    properties->viewConfigurationType = type;
    properties->fovMutable = XR_FALSE;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateViewConfigurationViews(XrInstance instance, XrSystemId system, XrViewConfigurationType type, uint32_t capacity, uint32_t *count, XrViewConfigurationView *views) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (type != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 2;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < 2) return XR_ERROR_SIZE_INSUFFICIENT;
    uint32_t width, height;
    rt_script_resolution(&width, &height);
    for (int i = 0; i < 2; i++) {
        if (views[i].type != XR_TYPE_VIEW_CONFIGURATION_VIEW) return XR_ERROR_VALIDATION_FAILURE;
        views[i].recommendedImageRectWidth = width;
        views[i].maxImageRectWidth = 2048;
        views[i].recommendedImageRectHeight = height;
        views[i].maxImageRectHeight = 2048;
        views[i].recommendedSwapchainSampleCount = 1;
        views[i].maxSwapchainSampleCount = 1;
    }
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateEnvironmentBlendModes(XrInstance instance, XrSystemId system, XrViewConfigurationType type, uint32_t capacity, uint32_t *count, XrEnvironmentBlendMode *modes) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (type != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 1;
    if (capacity == 0) return XR_SUCCESS;
    modes[0] = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetOpenGLGraphicsRequirementsKHR(XrInstance instance, XrSystemId system, XrGraphicsRequirementsOpenGLKHR *requirements) {
    XrResult check = check_system(instance, system);
    if (XR_FAILED(check)) return check;
    if (requirements == NULL || requirements->type != XR_TYPE_GRAPHICS_REQUIREMENTS_OPENGL_KHR) return XR_ERROR_VALIDATION_FAILURE;
    requirements->minApiVersionSupported = XR_MAKE_VERSION(3, 3, 0);
    requirements->maxApiVersionSupported = XR_MAKE_VERSION(4, 6, 0);
    rt_current_instance->requirements_queried = true;
    return XR_SUCCESS;
}
