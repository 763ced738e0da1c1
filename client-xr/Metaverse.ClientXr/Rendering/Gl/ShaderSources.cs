namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// GLSL 330 core sources. Matrices arrive transposed (System.Numerics row-major memory read column-major),
/// so <c>matrix * vector</c> here equals <c>vector * matrix</c> in C#. Everything is linear RGB; kept simple for llvmpipe.
/// </summary>
internal static class ShaderSources
{
    public const string MeshVertex = """
        #version 330 core
        layout(location = 0) in vec3 aPosition;
        layout(location = 1) in vec3 aNormal;
        layout(location = 2) in vec4 aWorld0;
        layout(location = 3) in vec4 aWorld1;
        layout(location = 4) in vec4 aWorld2;
        layout(location = 5) in vec4 aWorld3;
        layout(location = 6) in vec4 aColor;
        layout(location = 7) in float aEmissive;
        uniform mat4 uViewProjection;
        out vec3 vWorldPosition;
        out vec3 vNormal;
        out vec4 vColor;
        flat out float vEmissive;
        void main()
        {
            mat4 world = mat4(aWorld0, aWorld1, aWorld2, aWorld3);
            vec4 position = world * vec4(aPosition, 1.0);
            vWorldPosition = position.xyz;
            vNormal = transpose(inverse(mat3(world))) * aNormal;
            vColor = aColor;
            vEmissive = aEmissive;
            gl_Position = uViewProjection * position;
        }
        """;

    public const string MeshFragment = """
        #version 330 core
        in vec3 vWorldPosition;
        in vec3 vNormal;
        in vec4 vColor;
        flat in float vEmissive;
        uniform vec3 uLightDirection;
        uniform vec3 uLightColor;
        uniform vec3 uSkyColor;
        uniform vec3 uGroundColor;
        uniform vec3 uEye;
        out vec4 fragColor;
        void main()
        {
            if (vEmissive > 0.5)
            {
                fragColor = vColor;
                return;
            }
            vec3 n = normalize(vNormal);
            vec3 toLight = -uLightDirection;
            float diffuse = max(dot(n, toLight), 0.0);
            vec3 ambient = mix(uGroundColor, uSkyColor, n.y * 0.5 + 0.5);
            vec3 halfway = normalize(toLight + normalize(uEye - vWorldPosition));
            float specular = diffuse > 0.0 ? 0.2 * pow(max(dot(n, halfway), 0.0), 32.0) : 0.0;
            fragColor = vec4(vColor.rgb * (ambient + uLightColor * diffuse) + uLightColor * specular, vColor.a);
        }
        """;

    public const string LineVertex = """
        #version 330 core
        layout(location = 0) in vec3 aPosition;
        layout(location = 1) in vec4 aColor;
        uniform mat4 uViewProjection;
        out vec4 vColor;
        void main()
        {
            vColor = aColor;
            gl_Position = uViewProjection * vec4(aPosition, 1.0);
        }
        """;

    public const string LineFragment = """
        #version 330 core
        in vec4 vColor;
        out vec4 fragColor;
        void main()
        {
            fragColor = vColor;
        }
        """;

    public const string PanelVertex = """
        #version 330 core
        layout(location = 0) in vec3 aPosition;
        layout(location = 1) in vec2 aUv;
        layout(location = 2) in vec4 aColor;
        uniform mat4 uViewProjection;
        out vec2 vUv;
        out vec4 vColor;
        void main()
        {
            vUv = aUv;
            vColor = aColor;
            gl_Position = uViewProjection * vec4(aPosition, 1.0);
        }
        """;

    /// <summary>Quads sample the atlas's white block, glyphs their coverage: one shader, one draw for all panel items.</summary>
    public const string PanelFragment = """
        #version 330 core
        in vec2 vUv;
        in vec4 vColor;
        uniform sampler2D uAtlas;
        out vec4 fragColor;
        void main()
        {
            fragColor = vec4(vColor.rgb, vColor.a * texture(uAtlas, vUv).r);
        }
        """;
}
