/* Reference and action spaces. LOCAL and STAGE both coincide with the script's world frame (floor at y = 0);
 * VIEW follows the scripted head; an action space follows its scripted hand while the session is FOCUSED. */
#include "runtime.h"
#include <stdlib.h>

#define SPACE_MAGIC 0x58525350u

rt_space *rt_space_from(XrSpace handle) {
    rt_space *space = (rt_space *)handle;
    return space != NULL && space->magic == SPACE_MAGIC ? space : NULL;
}

bool rt_space_locate(const rt_space *space, XrTime time, XrPosef *world_pose) {
    XrPosef base;
    if (space->kind == RT_SPACE_ACTION) {
        int hand = space->subaction == rt_path_intern("/user/hand/left") ? RT_LEFT : RT_RIGHT;
        if (rt_current_session == NULL || rt_current_session->state != XR_SESSION_STATE_FOCUSED ||
            !rt_action_bound(space->action, hand, NULL, 0) || !rt_hand_pose(hand, time, &base)) {
            return false;
        }
    } else if (space->reference == XR_REFERENCE_SPACE_TYPE_VIEW) {
        rt_script_track_pose(RT_HEAD, rt_time_frame(time), &base);
    } else {
        base = rt_pose_identity();
    }
    *world_pose = rt_pose_multiply(base, space->offset);
    return true;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateReferenceSpaces(XrSession session, uint32_t capacity, uint32_t *count, XrReferenceSpaceType *types) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 3;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < 3) return XR_ERROR_SIZE_INSUFFICIENT;
    types[0] = XR_REFERENCE_SPACE_TYPE_VIEW;
    types[1] = XR_REFERENCE_SPACE_TYPE_LOCAL;
    types[2] = XR_REFERENCE_SPACE_TYPE_STAGE;
    return XR_SUCCESS;
}

static rt_space *new_space(int kind, XrPosef offset) {
    rt_space *space = calloc(1, sizeof *space);
    space->magic = SPACE_MAGIC;
    space->kind = kind;
    space->offset = offset;
    return space;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateReferenceSpace(XrSession session, const XrReferenceSpaceCreateInfo *info, XrSpace *handle) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (info == NULL || handle == NULL || info->type != XR_TYPE_REFERENCE_SPACE_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->referenceSpaceType != XR_REFERENCE_SPACE_TYPE_VIEW && info->referenceSpaceType != XR_REFERENCE_SPACE_TYPE_LOCAL &&
        info->referenceSpaceType != XR_REFERENCE_SPACE_TYPE_STAGE) {
        return XR_ERROR_REFERENCE_SPACE_UNSUPPORTED;
    }
    if (!rt_pose_is_valid(info->poseInReferenceSpace)) return XR_ERROR_POSE_INVALID;
    rt_space *space = new_space(RT_SPACE_REFERENCE, info->poseInReferenceSpace);
    space->reference = info->referenceSpaceType;
    *handle = (XrSpace)space;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateActionSpace(XrSession session, const XrActionSpaceCreateInfo *info, XrSpace *handle) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (info == NULL || handle == NULL || info->type != XR_TYPE_ACTION_SPACE_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    rt_action *action = rt_action_from(info->action);
    if (action == NULL) return XR_ERROR_HANDLE_INVALID;
    if (action->type != XR_ACTION_TYPE_POSE_INPUT) return XR_ERROR_ACTION_TYPE_MISMATCH;
    if (!rt_pose_is_valid(info->poseInActionSpace)) return XR_ERROR_POSE_INVALID;
    rt_space *space = new_space(RT_SPACE_ACTION, info->poseInActionSpace);
    space->action = action;
    space->subaction = info->subactionPath != XR_NULL_PATH ? info->subactionPath : rt_path_intern("/user/hand/right");
    *handle = (XrSpace)space;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroySpace(XrSpace handle) {
    rt_space *space = rt_space_from(handle);
    if (space == NULL) return XR_ERROR_HANDLE_INVALID;
    space->magic = 0;
    free(space);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetReferenceSpaceBoundsRect(XrSession session, XrReferenceSpaceType type, XrExtent2Df *bounds) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (bounds == NULL) return XR_ERROR_VALIDATION_FAILURE;
    if (type != XR_REFERENCE_SPACE_TYPE_STAGE) {
        bounds->width = bounds->height = 0;
        return type == XR_REFERENCE_SPACE_TYPE_VIEW || type == XR_REFERENCE_SPACE_TYPE_LOCAL ? XR_SPACE_BOUNDS_UNAVAILABLE
                                                                                            : XR_ERROR_REFERENCE_SPACE_UNSUPPORTED;
    }
    bounds->width = 3.0f;
    bounds->height = 3.0f;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrLocateSpace(XrSpace handle, XrSpace base_handle, XrTime time, XrSpaceLocation *location) {
    rt_space *space = rt_space_from(handle), *base = rt_space_from(base_handle);
    if (space == NULL || base == NULL || rt_current_session == NULL) return XR_ERROR_HANDLE_INVALID;
    if (location == NULL || location->type != XR_TYPE_SPACE_LOCATION) return XR_ERROR_VALIDATION_FAILURE;
    if (time <= 0) return XR_ERROR_TIME_INVALID;
    XrPosef world, base_world;
    for (XrBaseOutStructure *next = location->next; next != NULL; next = next->next) {
        if (next->type == XR_TYPE_SPACE_VELOCITY) ((XrSpaceVelocity *)next)->velocityFlags = 0;
    }
    if (!rt_space_locate(space, time, &world) || !rt_space_locate(base, time, &base_world)) {
        location->locationFlags = 0;
        location->pose = rt_pose_identity();
        return XR_SUCCESS;
    }
    location->pose = rt_pose_multiply(rt_pose_inverse(base_world), world);
    location->locationFlags = XR_SPACE_LOCATION_ORIENTATION_VALID_BIT | XR_SPACE_LOCATION_POSITION_VALID_BIT |
                              XR_SPACE_LOCATION_ORIENTATION_TRACKED_BIT | XR_SPACE_LOCATION_POSITION_TRACKED_BIT;
    return XR_SUCCESS;
}
