/* Loader negotiation, xrGetInstanceProcAddr and the string functions.
 * Entry points keep their OpenXR names but are hidden (-fvisibility=hidden): only the negotiation function is
 * exported, so nothing here can bind to the loader's own xr* symbols. */
#include "runtime.h"
#include <openxr/openxr_reflection.h>
#include <stdio.h>
#include <string.h>

/* The loader negotiation structures (openxr_loader_negotiation.h is not shipped with OpenXR-SDK 1.0.20). */
typedef enum XrLoaderInterfaceStructs {
    XR_LOADER_INTERFACE_STRUCT_UNINTIALIZED = 0,
    XR_LOADER_INTERFACE_STRUCT_LOADER_INFO = 1,
    XR_LOADER_INTERFACE_STRUCT_API_LAYER_REQUEST = 2,
    XR_LOADER_INTERFACE_STRUCT_RUNTIME_REQUEST = 3,
} XrLoaderInterfaceStructs;

typedef struct XrNegotiateLoaderInfo {
    XrLoaderInterfaceStructs structType;
    uint32_t structVersion;
    size_t structSize;
    uint32_t minInterfaceVersion;
    uint32_t maxInterfaceVersion;
    XrVersion minApiVersion;
    XrVersion maxApiVersion;
} XrNegotiateLoaderInfo;

typedef struct XrNegotiateRuntimeRequest {
    XrLoaderInterfaceStructs structType;
    uint32_t structVersion;
    size_t structSize;
    uint32_t runtimeInterfaceVersion;
    XrVersion runtimeApiVersion;
    PFN_xrGetInstanceProcAddr getInstanceProcAddr;
} XrNegotiateRuntimeRequest;

#define RT_LOADER_INTERFACE_VERSION 1
#define RT_API_VERSION XR_MAKE_VERSION(1, 0, 20)

XRAPI_ATTR XrResult XRAPI_CALL xrGetOpenGLGraphicsRequirementsKHR(XrInstance, XrSystemId, XrGraphicsRequirementsOpenGLKHR *);

typedef struct rt_entry {
    const char *name;
    PFN_xrVoidFunction function;
} rt_entry;

#define RT_ENTRY(name) {#name, (PFN_xrVoidFunction)name},
static const rt_entry core_entries[] = {RT_FUNCTIONS(RT_ENTRY){"xrGetInstanceProcAddr", (PFN_xrVoidFunction)xrGetInstanceProcAddr}};
static const rt_entry extension_entries[] = {RT_EXTENSION_FUNCTIONS(RT_ENTRY)};

static PFN_xrVoidFunction find_entry(const rt_entry *entries, size_t count, const char *name) {
    for (size_t i = 0; i < count; i++) {
        if (strcmp(entries[i].name, name) == 0) {
            return entries[i].function;
        }
    }
    return NULL;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetInstanceProcAddr(XrInstance instance, const char *name, PFN_xrVoidFunction *function) {
    if (name == NULL || function == NULL) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    *function = NULL;
    if (instance == XR_NULL_HANDLE) {
        if (strcmp(name, "xrEnumerateInstanceExtensionProperties") != 0 && strcmp(name, "xrEnumerateApiLayerProperties") != 0 &&
            strcmp(name, "xrCreateInstance") != 0 && strcmp(name, "xrGetInstanceProcAddr") != 0) {
            return XR_ERROR_HANDLE_INVALID;
        }
    } else if (rt_check_instance(instance) == XR_ERROR_HANDLE_INVALID) {
        return XR_ERROR_HANDLE_INVALID;
    }
    *function = find_entry(core_entries, sizeof core_entries / sizeof *core_entries, name);
    if (*function == NULL && instance != XR_NULL_HANDLE && rt_current_instance->gl_enabled) {
        *function = find_entry(extension_entries, sizeof extension_entries / sizeof *extension_entries, name);
    }
    return *function != NULL ? XR_SUCCESS : XR_ERROR_FUNCTION_UNSUPPORTED;
}

RT_EXPORT XRAPI_ATTR XrResult XRAPI_CALL xrNegotiateLoaderRuntimeInterface(const XrNegotiateLoaderInfo *info, XrNegotiateRuntimeRequest *request) {
    if (info == NULL || request == NULL || info->structType != XR_LOADER_INTERFACE_STRUCT_LOADER_INFO ||
        info->structVersion != 1 || info->structSize != sizeof(XrNegotiateLoaderInfo) ||
        request->structType != XR_LOADER_INTERFACE_STRUCT_RUNTIME_REQUEST || request->structVersion != 1 ||
        request->structSize != sizeof(XrNegotiateRuntimeRequest)) {
        return XR_ERROR_INITIALIZATION_FAILED;
    }
    if (info->minInterfaceVersion > RT_LOADER_INTERFACE_VERSION || info->maxInterfaceVersion < RT_LOADER_INTERFACE_VERSION ||
        XR_VERSION_MAJOR(info->minApiVersion) > 1 || XR_VERSION_MAJOR(info->maxApiVersion) < 1) {
        return XR_ERROR_INITIALIZATION_FAILED;
    }
    request->runtimeInterfaceVersion = RT_LOADER_INTERFACE_VERSION;
    request->runtimeApiVersion = RT_API_VERSION;
    request->getInstanceProcAddr = xrGetInstanceProcAddr;
    return XR_SUCCESS;
}

#define RT_RESULT_CASE(name, value) case name: snprintf(buffer, XR_MAX_RESULT_STRING_SIZE, "%s", #name); break;
XRAPI_ATTR XrResult XRAPI_CALL xrResultToString(XrInstance instance, XrResult value, char buffer[XR_MAX_RESULT_STRING_SIZE]) {
    XrResult check = rt_check_instance(instance);
    if (check == XR_ERROR_HANDLE_INVALID) {
        return check;
    }
    switch (value) {
        XR_LIST_ENUM_XrResult(RT_RESULT_CASE)
    default:
        snprintf(buffer, XR_MAX_RESULT_STRING_SIZE, "XR_%s_%d", value < 0 ? "UNKNOWN_FAILURE" : "UNKNOWN_SUCCESS", (int)value);
        break;
    }
    return XR_SUCCESS;
}

#define RT_TYPE_CASE(name, value) case name: snprintf(buffer, XR_MAX_STRUCTURE_NAME_SIZE, "%s", #name); break;
XRAPI_ATTR XrResult XRAPI_CALL xrStructureTypeToString(XrInstance instance, XrStructureType value, char buffer[XR_MAX_STRUCTURE_NAME_SIZE]) {
    XrResult check = rt_check_instance(instance);
    if (check == XR_ERROR_HANDLE_INVALID) {
        return check;
    }
    switch (value) {
        XR_LIST_ENUM_XrStructureType(RT_TYPE_CASE)
    default:
        snprintf(buffer, XR_MAX_STRUCTURE_NAME_SIZE, "XR_UNKNOWN_STRUCTURE_TYPE_%d", (int)value);
        break;
    }
    return XR_SUCCESS;
}
