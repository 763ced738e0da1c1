namespace Metaverse.ClientXr.Platform.Gl;

// Generated from a signature list (one line per OpenGL 3.3 core function the renderer uses); keep it that way.

/// <summary>The OpenGL functions of one context, as unmanaged function pointers (see <see cref="GlApi"/>).</summary>
public sealed unsafe partial class GlApi
{
    private readonly delegate* unmanaged<uint, byte*> _getString;
    private readonly delegate* unmanaged<uint> _getError;
    private readonly delegate* unmanaged<uint, int*, void> _getIntegerv;
    private readonly delegate* unmanaged<int, int, int, int, void> _viewport;
    private readonly delegate* unmanaged<int, int, int, int, void> _scissor;
    private readonly delegate* unmanaged<float, float, float, float, void> _clearColor;
    private readonly delegate* unmanaged<uint, void> _clear;
    private readonly delegate* unmanaged<uint, void> _enable;
    private readonly delegate* unmanaged<uint, void> _disable;
    private readonly delegate* unmanaged<uint, uint, void> _blendFunc;
    private readonly delegate* unmanaged<byte, void> _depthMask;
    private readonly delegate* unmanaged<uint, void> _depthFunc;
    private readonly delegate* unmanaged<uint, void> _cullFace;
    private readonly delegate* unmanaged<uint, void> _frontFace;
    private readonly delegate* unmanaged<uint, uint> _createShader;
    private readonly delegate* unmanaged<uint, int, byte**, int*, void> _shaderSource;
    private readonly delegate* unmanaged<uint, void> _compileShader;
    private readonly delegate* unmanaged<uint, uint, int*, void> _getShaderiv;
    private readonly delegate* unmanaged<uint, int, int*, byte*, void> _getShaderInfoLog;
    private readonly delegate* unmanaged<uint, void> _deleteShader;
    private readonly delegate* unmanaged<uint> _createProgram;
    private readonly delegate* unmanaged<uint, uint, void> _attachShader;
    private readonly delegate* unmanaged<uint, void> _linkProgram;
    private readonly delegate* unmanaged<uint, uint, int*, void> _getProgramiv;
    private readonly delegate* unmanaged<uint, int, int*, byte*, void> _getProgramInfoLog;
    private readonly delegate* unmanaged<uint, void> _deleteProgram;
    private readonly delegate* unmanaged<uint, void> _useProgram;
    private readonly delegate* unmanaged<uint, byte*, int> _getUniformLocation;
    private readonly delegate* unmanaged<int, int, byte, float*, void> _uniformMatrix4fv;
    private readonly delegate* unmanaged<int, float, float, float, void> _uniform3f;
    private readonly delegate* unmanaged<int, int, void> _uniform1i;
    private readonly delegate* unmanaged<int, uint*, void> _genVertexArrays;
    private readonly delegate* unmanaged<uint, void> _bindVertexArray;
    private readonly delegate* unmanaged<int, uint*, void> _deleteVertexArrays;
    private readonly delegate* unmanaged<int, uint*, void> _genBuffers;
    private readonly delegate* unmanaged<uint, uint, void> _bindBuffer;
    private readonly delegate* unmanaged<uint, nint, void*, uint, void> _bufferData;
    private readonly delegate* unmanaged<uint, nint, nint, void*, void> _bufferSubData;
    private readonly delegate* unmanaged<int, uint*, void> _deleteBuffers;
    private readonly delegate* unmanaged<uint, int, uint, byte, int, nint, void> _vertexAttribPointer;
    private readonly delegate* unmanaged<uint, void> _enableVertexAttribArray;
    private readonly delegate* unmanaged<uint, uint, void> _vertexAttribDivisor;
    private readonly delegate* unmanaged<uint, int, uint, nint, int, void> _drawElementsInstanced;
    private readonly delegate* unmanaged<uint, int, int, void> _drawArrays;
    private readonly delegate* unmanaged<int, uint*, void> _genTextures;
    private readonly delegate* unmanaged<uint, uint, void> _bindTexture;
    private readonly delegate* unmanaged<int, uint*, void> _deleteTextures;
    private readonly delegate* unmanaged<uint, int, int, int, int, int, uint, uint, void*, void> _texImage2D;
    private readonly delegate* unmanaged<uint, uint, int, void> _texParameteri;
    private readonly delegate* unmanaged<uint, int, void> _pixelStorei;
    private readonly delegate* unmanaged<uint, void> _activeTexture;
    private readonly delegate* unmanaged<int, int, int, int, uint, uint, void*, void> _readPixels;
    private readonly delegate* unmanaged<void> _finish;
    private readonly delegate* unmanaged<uint, uint, uint, int*, void> _getFramebufferAttachmentParameteriv;

    private GlApi(Func<string, nint> getProcAddress)
    {
        _getString = (delegate* unmanaged<uint, byte*>)LoadFunction(getProcAddress, "glGetString");
        _getError = (delegate* unmanaged<uint>)LoadFunction(getProcAddress, "glGetError");
        _getIntegerv = (delegate* unmanaged<uint, int*, void>)LoadFunction(getProcAddress, "glGetIntegerv");
        _viewport = (delegate* unmanaged<int, int, int, int, void>)LoadFunction(getProcAddress, "glViewport");
        _scissor = (delegate* unmanaged<int, int, int, int, void>)LoadFunction(getProcAddress, "glScissor");
        _clearColor = (delegate* unmanaged<float, float, float, float, void>)LoadFunction(getProcAddress, "glClearColor");
        _clear = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glClear");
        _enable = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glEnable");
        _disable = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glDisable");
        _blendFunc = (delegate* unmanaged<uint, uint, void>)LoadFunction(getProcAddress, "glBlendFunc");
        _depthMask = (delegate* unmanaged<byte, void>)LoadFunction(getProcAddress, "glDepthMask");
        _depthFunc = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glDepthFunc");
        _cullFace = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glCullFace");
        _frontFace = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glFrontFace");
        _createShader = (delegate* unmanaged<uint, uint>)LoadFunction(getProcAddress, "glCreateShader");
        _shaderSource = (delegate* unmanaged<uint, int, byte**, int*, void>)LoadFunction(getProcAddress, "glShaderSource");
        _compileShader = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glCompileShader");
        _getShaderiv = (delegate* unmanaged<uint, uint, int*, void>)LoadFunction(getProcAddress, "glGetShaderiv");
        _getShaderInfoLog = (delegate* unmanaged<uint, int, int*, byte*, void>)LoadFunction(getProcAddress, "glGetShaderInfoLog");
        _deleteShader = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glDeleteShader");
        _createProgram = (delegate* unmanaged<uint>)LoadFunction(getProcAddress, "glCreateProgram");
        _attachShader = (delegate* unmanaged<uint, uint, void>)LoadFunction(getProcAddress, "glAttachShader");
        _linkProgram = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glLinkProgram");
        _getProgramiv = (delegate* unmanaged<uint, uint, int*, void>)LoadFunction(getProcAddress, "glGetProgramiv");
        _getProgramInfoLog = (delegate* unmanaged<uint, int, int*, byte*, void>)LoadFunction(getProcAddress, "glGetProgramInfoLog");
        _deleteProgram = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glDeleteProgram");
        _useProgram = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glUseProgram");
        _getUniformLocation = (delegate* unmanaged<uint, byte*, int>)LoadFunction(getProcAddress, "glGetUniformLocation");
        _uniformMatrix4fv = (delegate* unmanaged<int, int, byte, float*, void>)LoadFunction(getProcAddress, "glUniformMatrix4fv");
        _uniform3f = (delegate* unmanaged<int, float, float, float, void>)LoadFunction(getProcAddress, "glUniform3f");
        _uniform1i = (delegate* unmanaged<int, int, void>)LoadFunction(getProcAddress, "glUniform1i");
        _genVertexArrays = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glGenVertexArrays");
        _bindVertexArray = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glBindVertexArray");
        _deleteVertexArrays = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glDeleteVertexArrays");
        _genBuffers = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glGenBuffers");
        _bindBuffer = (delegate* unmanaged<uint, uint, void>)LoadFunction(getProcAddress, "glBindBuffer");
        _bufferData = (delegate* unmanaged<uint, nint, void*, uint, void>)LoadFunction(getProcAddress, "glBufferData");
        _bufferSubData = (delegate* unmanaged<uint, nint, nint, void*, void>)LoadFunction(getProcAddress, "glBufferSubData");
        _deleteBuffers = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glDeleteBuffers");
        _vertexAttribPointer = (delegate* unmanaged<uint, int, uint, byte, int, nint, void>)LoadFunction(getProcAddress, "glVertexAttribPointer");
        _enableVertexAttribArray = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glEnableVertexAttribArray");
        _vertexAttribDivisor = (delegate* unmanaged<uint, uint, void>)LoadFunction(getProcAddress, "glVertexAttribDivisor");
        _drawElementsInstanced = (delegate* unmanaged<uint, int, uint, nint, int, void>)LoadFunction(getProcAddress, "glDrawElementsInstanced");
        _drawArrays = (delegate* unmanaged<uint, int, int, void>)LoadFunction(getProcAddress, "glDrawArrays");
        _genTextures = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glGenTextures");
        _bindTexture = (delegate* unmanaged<uint, uint, void>)LoadFunction(getProcAddress, "glBindTexture");
        _deleteTextures = (delegate* unmanaged<int, uint*, void>)LoadFunction(getProcAddress, "glDeleteTextures");
        _texImage2D = (delegate* unmanaged<uint, int, int, int, int, int, uint, uint, void*, void>)LoadFunction(getProcAddress, "glTexImage2D");
        _texParameteri = (delegate* unmanaged<uint, uint, int, void>)LoadFunction(getProcAddress, "glTexParameteri");
        _pixelStorei = (delegate* unmanaged<uint, int, void>)LoadFunction(getProcAddress, "glPixelStorei");
        _activeTexture = (delegate* unmanaged<uint, void>)LoadFunction(getProcAddress, "glActiveTexture");
        _readPixels = (delegate* unmanaged<int, int, int, int, uint, uint, void*, void>)LoadFunction(getProcAddress, "glReadPixels");
        _finish = (delegate* unmanaged<void>)LoadFunction(getProcAddress, "glFinish");
        _getFramebufferAttachmentParameteriv = (delegate* unmanaged<uint, uint, uint, int*, void>)LoadFunction(getProcAddress, "glGetFramebufferAttachmentParameteriv");
    }

    public byte* GetString(uint name) => _getString(name);

    public uint GetError() => _getError();

    public void GetIntegerv(uint pname, int* data) => _getIntegerv(pname, data);

    public void Viewport(int x, int y, int width, int height) => _viewport(x, y, width, height);

    public void Scissor(int x, int y, int width, int height) => _scissor(x, y, width, height);

    public void ClearColor(float red, float green, float blue, float alpha) => _clearColor(red, green, blue, alpha);

    public void Clear(uint mask) => _clear(mask);

    public void Enable(uint capability) => _enable(capability);

    public void Disable(uint capability) => _disable(capability);

    public void BlendFunc(uint source, uint destination) => _blendFunc(source, destination);

    public void DepthMask(byte flag) => _depthMask(flag);

    public void DepthFunc(uint function) => _depthFunc(function);

    public void CullFace(uint mode) => _cullFace(mode);

    public void FrontFace(uint mode) => _frontFace(mode);

    public uint CreateShader(uint type) => _createShader(type);

    public void ShaderSource(uint shader, int count, byte** strings, int* lengths) => _shaderSource(shader, count, strings, lengths);

    public void CompileShader(uint shader) => _compileShader(shader);

    public void GetShaderiv(uint shader, uint pname, int* parameters) => _getShaderiv(shader, pname, parameters);

    public void GetShaderInfoLog(uint shader, int bufferSize, int* length, byte* log) => _getShaderInfoLog(shader, bufferSize, length, log);

    public void DeleteShader(uint shader) => _deleteShader(shader);

    public uint CreateProgram() => _createProgram();

    public void AttachShader(uint program, uint shader) => _attachShader(program, shader);

    public void LinkProgram(uint program) => _linkProgram(program);

    public void GetProgramiv(uint program, uint pname, int* parameters) => _getProgramiv(program, pname, parameters);

    public void GetProgramInfoLog(uint program, int bufferSize, int* length, byte* log) => _getProgramInfoLog(program, bufferSize, length, log);

    public void DeleteProgram(uint program) => _deleteProgram(program);

    public void UseProgram(uint program) => _useProgram(program);

    public int GetUniformLocation(uint program, byte* name) => _getUniformLocation(program, name);

    public void UniformMatrix4fv(int location, int count, byte transpose, float* value) => _uniformMatrix4fv(location, count, transpose, value);

    public void Uniform3f(int location, float x, float y, float z) => _uniform3f(location, x, y, z);

    public void Uniform1i(int location, int value) => _uniform1i(location, value);

    public void GenVertexArrays(int count, uint* arrays) => _genVertexArrays(count, arrays);

    public void BindVertexArray(uint array) => _bindVertexArray(array);

    public void DeleteVertexArrays(int count, uint* arrays) => _deleteVertexArrays(count, arrays);

    public void GenBuffers(int count, uint* buffers) => _genBuffers(count, buffers);

    public void BindBuffer(uint target, uint buffer) => _bindBuffer(target, buffer);

    public void BufferData(uint target, nint size, void* data, uint usage) => _bufferData(target, size, data, usage);

    public void BufferSubData(uint target, nint offset, nint size, void* data) => _bufferSubData(target, offset, size, data);

    public void DeleteBuffers(int count, uint* buffers) => _deleteBuffers(count, buffers);

    public void VertexAttribPointer(uint index, int size, uint type, byte normalized, int stride, nint offset) => _vertexAttribPointer(index, size, type, normalized, stride, offset);

    public void EnableVertexAttribArray(uint index) => _enableVertexAttribArray(index);

    public void VertexAttribDivisor(uint index, uint divisor) => _vertexAttribDivisor(index, divisor);

    public void DrawElementsInstanced(uint mode, int count, uint type, nint indices, int instanceCount) => _drawElementsInstanced(mode, count, type, indices, instanceCount);

    public void DrawArrays(uint mode, int first, int count) => _drawArrays(mode, first, count);

    public void GenTextures(int count, uint* textures) => _genTextures(count, textures);

    public void BindTexture(uint target, uint texture) => _bindTexture(target, texture);

    public void DeleteTextures(int count, uint* textures) => _deleteTextures(count, textures);

    public void TexImage2D(uint target, int level, int internalFormat, int width, int height, int border, uint format, uint type, void* pixels) => _texImage2D(target, level, internalFormat, width, height, border, format, type, pixels);

    public void TexParameteri(uint target, uint pname, int value) => _texParameteri(target, pname, value);

    public void PixelStorei(uint pname, int value) => _pixelStorei(pname, value);

    public void ActiveTexture(uint texture) => _activeTexture(texture);

    public void ReadPixels(int x, int y, int width, int height, uint format, uint type, void* pixels) => _readPixels(x, y, width, height, format, type, pixels);

    public void Finish() => _finish();

    public void GetFramebufferAttachmentParameteriv(uint target, uint attachment, uint pname, int* parameters) => _getFramebufferAttachmentParameteriv(target, attachment, pname, parameters);
}
