<?php
// php -S's stand-in for Debian's Apache alias (/etc/wordpress/htaccess and the wordpress
// package's Apache config): /wp-content/ is WP_CONTENT_DIR, not /usr/share/wordpress/wp-content.
// Files only, with their types; everything else is WordPress, served by php -S as usual.
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}
$file  = realpath( getenv( 'KE_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) ) );
$types = array(
	'js'    => 'text/javascript',
	'wasm'  => 'application/wasm',
	'css'   => 'text/css',
	'txt'   => 'text/plain; charset=utf-8',
	'html'  => 'text/html; charset=utf-8',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'webp'  => 'image/webp',
	'woff2' => 'font/woff2',
	'json'  => 'application/json',
);
$ext = $file ? strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) : '';
if ( ! $file || ! is_file( $file ) || ! isset( $types[ $ext ] ) ) {
	http_response_code( 404 );
	return true;
}
header( 'Content-Type: ' . $types[ $ext ] );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
