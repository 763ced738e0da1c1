namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>Readable names of <see cref="XrResult"/> codes, spelt as in openxr.h.</summary>
internal static class XrResultNames
{
    /// <summary>"XR_ERROR_RUNTIME_UNAVAILABLE"; a code outside the core set as "XrResult -1000101000".</summary>
    public static string Name(XrResult result) => result switch
    {
        XrResult.Success => "XR_SUCCESS",
        XrResult.TimeoutExpired => "XR_TIMEOUT_EXPIRED",
        XrResult.SessionLossPending => "XR_SESSION_LOSS_PENDING",
        XrResult.EventUnavailable => "XR_EVENT_UNAVAILABLE",
        XrResult.SpaceBoundsUnavailable => "XR_SPACE_BOUNDS_UNAVAILABLE",
        XrResult.SessionNotFocused => "XR_SESSION_NOT_FOCUSED",
        XrResult.FrameDiscarded => "XR_FRAME_DISCARDED",
        XrResult.ErrorValidationFailure => "XR_ERROR_VALIDATION_FAILURE",
        XrResult.ErrorRuntimeFailure => "XR_ERROR_RUNTIME_FAILURE",
        XrResult.ErrorOutOfMemory => "XR_ERROR_OUT_OF_MEMORY",
        XrResult.ErrorApiVersionUnsupported => "XR_ERROR_API_VERSION_UNSUPPORTED",
        XrResult.ErrorInitializationFailed => "XR_ERROR_INITIALIZATION_FAILED",
        XrResult.ErrorFunctionUnsupported => "XR_ERROR_FUNCTION_UNSUPPORTED",
        XrResult.ErrorFeatureUnsupported => "XR_ERROR_FEATURE_UNSUPPORTED",
        XrResult.ErrorExtensionNotPresent => "XR_ERROR_EXTENSION_NOT_PRESENT",
        XrResult.ErrorLimitReached => "XR_ERROR_LIMIT_REACHED",
        XrResult.ErrorSizeInsufficient => "XR_ERROR_SIZE_INSUFFICIENT",
        XrResult.ErrorHandleInvalid => "XR_ERROR_HANDLE_INVALID",
        XrResult.ErrorInstanceLost => "XR_ERROR_INSTANCE_LOST",
        XrResult.ErrorSessionRunning => "XR_ERROR_SESSION_RUNNING",
        XrResult.ErrorSessionNotRunning => "XR_ERROR_SESSION_NOT_RUNNING",
        XrResult.ErrorSessionLost => "XR_ERROR_SESSION_LOST",
        XrResult.ErrorSystemInvalid => "XR_ERROR_SYSTEM_INVALID",
        XrResult.ErrorPathInvalid => "XR_ERROR_PATH_INVALID",
        XrResult.ErrorPathCountExceeded => "XR_ERROR_PATH_COUNT_EXCEEDED",
        XrResult.ErrorPathFormatInvalid => "XR_ERROR_PATH_FORMAT_INVALID",
        XrResult.ErrorPathUnsupported => "XR_ERROR_PATH_UNSUPPORTED",
        XrResult.ErrorLayerInvalid => "XR_ERROR_LAYER_INVALID",
        XrResult.ErrorLayerLimitExceeded => "XR_ERROR_LAYER_LIMIT_EXCEEDED",
        XrResult.ErrorSwapchainRectInvalid => "XR_ERROR_SWAPCHAIN_RECT_INVALID",
        XrResult.ErrorSwapchainFormatUnsupported => "XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED",
        XrResult.ErrorActionTypeMismatch => "XR_ERROR_ACTION_TYPE_MISMATCH",
        XrResult.ErrorSessionNotReady => "XR_ERROR_SESSION_NOT_READY",
        XrResult.ErrorSessionNotStopping => "XR_ERROR_SESSION_NOT_STOPPING",
        XrResult.ErrorTimeInvalid => "XR_ERROR_TIME_INVALID",
        XrResult.ErrorReferenceSpaceUnsupported => "XR_ERROR_REFERENCE_SPACE_UNSUPPORTED",
        XrResult.ErrorFileAccessError => "XR_ERROR_FILE_ACCESS_ERROR",
        XrResult.ErrorFileContentsInvalid => "XR_ERROR_FILE_CONTENTS_INVALID",
        XrResult.ErrorFormFactorUnsupported => "XR_ERROR_FORM_FACTOR_UNSUPPORTED",
        XrResult.ErrorFormFactorUnavailable => "XR_ERROR_FORM_FACTOR_UNAVAILABLE",
        XrResult.ErrorApiLayerNotPresent => "XR_ERROR_API_LAYER_NOT_PRESENT",
        XrResult.ErrorCallOrderInvalid => "XR_ERROR_CALL_ORDER_INVALID",
        XrResult.ErrorGraphicsDeviceInvalid => "XR_ERROR_GRAPHICS_DEVICE_INVALID",
        XrResult.ErrorPoseInvalid => "XR_ERROR_POSE_INVALID",
        XrResult.ErrorIndexOutOfRange => "XR_ERROR_INDEX_OUT_OF_RANGE",
        XrResult.ErrorViewConfigurationTypeUnsupported => "XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED",
        XrResult.ErrorEnvironmentBlendModeUnsupported => "XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED",
        XrResult.ErrorNameDuplicated => "XR_ERROR_NAME_DUPLICATED",
        XrResult.ErrorNameInvalid => "XR_ERROR_NAME_INVALID",
        XrResult.ErrorActionsetNotAttached => "XR_ERROR_ACTIONSET_NOT_ATTACHED",
        XrResult.ErrorActionsetsAlreadyAttached => "XR_ERROR_ACTIONSETS_ALREADY_ATTACHED",
        XrResult.ErrorLocalizedNameDuplicated => "XR_ERROR_LOCALIZED_NAME_DUPLICATED",
        XrResult.ErrorLocalizedNameInvalid => "XR_ERROR_LOCALIZED_NAME_INVALID",
        XrResult.ErrorGraphicsRequirementsCallMissing => "XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING",
        XrResult.ErrorRuntimeUnavailable => "XR_ERROR_RUNTIME_UNAVAILABLE",
        _ => $"XrResult {(int)result}",
    };

    /// <summary>True for XR_SUCCESS and the other non-negative (qualified success) codes.</summary>
    public static bool Succeeded(this XrResult result) => (int)result >= 0;
}
