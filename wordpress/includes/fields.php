<?php
/**
 * The settings: one list for the settings page, the block's sidebar and the shortcode. Each is
 * the widget element's data-* attribute of the same name (underscores become hyphens), checked
 * the same way the widget checks it (src/embed/config.rs and check.rs in the widget's source).
 *
 * @package ketamine-explainer
 */

defined( 'ABSPATH' ) || exit;

/** Longest clinic text the widget shows (its MAX_TEXT). */
const KETAMINE_EXPLAINER_MAX_TEXT = 120;

/**
 * The settings in the order the settings page shows them: name => [kind, label].
 * Kinds: text, phone, url, flag (on or off), choice (see ketamine_explainer_choices()).
 */
function ketamine_explainer_fields() {
	return array(
		'clinic_name'    => array( 'text', __( 'Clinic name', 'ketamine-explainer' ) ),
		'clinic_phone'   => array( 'phone', __( 'Phone', 'ketamine-explainer' ) ),
		'clinic_address' => array( 'text', __( 'Address', 'ketamine-explainer' ) ),
		'clinic_url'     => array( 'url', __( 'Website', 'ketamine-explainer' ) ),
		'telehealth'     => array( 'flag', __( 'Telehealth visits are offered', 'ketamine-explainer' ) ),
		'lang'           => array( 'choice', __( 'Language', 'ketamine-explainer' ) ),
		'view'           => array( 'choice', __( 'First view', 'ketamine-explainer' ) ),
		'program'        => array( 'choice', __( 'Your programme', 'ketamine-explainer' ) ),
		'kap'            => array( 'flag', __( 'Talk therapy alongside ketamine', 'ketamine-explainer' ) ),
		'check'          => array( 'choice', __( 'Check the facts (three questions after each topic)', 'ketamine-explainer' ) ),
		'values'         => array( 'choice', __( 'What matters to you (statements a patient rates, in Your treatment)', 'ketamine-explainer' ) ),
		'booking_url'    => array( 'url', __( 'Booking link', 'ketamine-explainer' ) ),
		'booking_text'   => array( 'text', __( 'Booking link text', 'ketamine-explainer' ) ),
	);
}

/**
 * One of a language's words for the page, from widget/languages.json, which the build writes from
 * the widget's content files ([host]: the language's own name, the text inside the element, the
 * booking link's words). A language or word the file lacks is English's; without the file (a
 * checkout that was never built), the language's code or an empty string.
 *
 * @param string $lang The language's code (en, es, …; anything else is English).
 * @param string $key  language, about, not_shown_call, not_shown_ask, the_clinic or book.
 */
function ketamine_explainer_words( $lang, $key ) {
	static $languages = null;
	if ( null === $languages ) {
		$file      = dirname( __DIR__ ) . '/widget/languages.json';
		$read      = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$languages = is_array( $read ) ? $read : array();
	}
	foreach ( array( $lang, 'en' ) as $code ) {
		if ( isset( $languages[ $code ][ $key ] ) && is_string( $languages[ $code ][ $key ] ) ) {
			return $languages[ $code ][ $key ];
		}
	}
	return 'language' === $key ? $lang : '';
}

/**
 * A choice setting's values => labels, the first being the widget's default. The languages are
 * the widget's language files in widget/ (one per language the build made).
 *
 * @param string $name lang, check, values, view or program.
 */
function ketamine_explainer_choices( $name ) {
	if ( 'lang' === $name ) {
		$languages = array();
		foreach ( glob( dirname( __DIR__ ) . '/widget/lang-*.txt' ) ?: array() as $file ) {
			$code               = substr( basename( $file, '.txt' ), 5 );
			$languages[ $code ] = ketamine_explainer_words( $code, 'language' );
		}
		$languages['auto'] = __( "The visitor's browser language, when offered", 'ketamine-explainer' );
		return $languages;
	}
	if ( 'check' === $name || 'values' === $name ) {
		return array(
			'on'  => __( 'Shown', 'ketamine-explainer' ),
			'off' => __( 'Off', 'ketamine-explainer' ),
		);
	}
	if ( 'view' === $name ) {
		return array(
			'ketamine'  => __( 'How ketamine works', 'ketamine-explainer' ),
			'treatment' => __( 'Your treatment', 'ketamine-explainer' ),
			'ssri'      => __( 'How an SSRI works', 'ketamine-explainer' ),
			'compare'   => __( 'Ketamine and SSRIs side by side', 'ketamine-explainer' ),
			'snow'      => __( 'Snow paths (brain plasticity)', 'ketamine-explainer' ),
		);
	}
	return array(
		'both'       => __( 'Both forms', 'ketamine-explainer' ),
		'iv'         => __( 'IV ketamine', 'ketamine-explainer' ),
		'esketamine' => __( 'Esketamine nasal spray (Spravato)', 'ketamine-explainer' ),
	);
}

/**
 * Why `$value` is not a valid `$kind` setting, or '' if it is. The same rules as the widget's,
 * so a value saved here never draws a console warning there.
 *
 * @param string $kind  A kind from ketamine_explainer_fields().
 * @param string $name  The setting's name (for choices).
 * @param string $value The value, trimmed.
 */
function ketamine_explainer_problem( $kind, $name, $value ) {
	if ( '' === $value ) {
		return '';
	}
	switch ( $kind ) {
		case 'phone':
			$digits = preg_replace( '/[^0-9]/', '', $value );
			$ok     = preg_match( '#^[0-9 +().\-/]+$#', $value ) && strlen( $digits ) >= 3 && strlen( $digits ) <= 20;
			return $ok ? '' : __( 'is not a phone number (digits, spaces, + ( ) - . / only)', 'ketamine-explainer' );
		case 'url':
			$ok = preg_match( '#^(https://|mailto:|tel:)[a-z0-9]#i', $value )
				&& ! preg_match( '#[\s"\'<>`\\\\]#', $value ) && strlen( $value ) <= 2048;
			return $ok ? '' : __( 'is not an https:, mailto: or tel: link', 'ketamine-explainer' );
		case 'choice':
			$values = array_keys( ketamine_explainer_choices( $name ) );
			/* translators: %s: the allowed values. */
			return in_array( $value, $values, true ) ? '' : sprintf( __( 'is not one of %s', 'ketamine-explainer' ), implode( ', ', $values ) );
		case 'text':
			if ( false !== strpos( $value, '<' ) && false !== strpos( $value, '>' ) ) {
				return __( 'contains HTML', 'ketamine-explainer' );
			}
			/* translators: %d: the longest text shown. */
			return mb_strlen( $value ) > KETAMINE_EXPLAINER_MAX_TEXT ? sprintf( __( 'is longer than %d characters', 'ketamine-explainer' ), KETAMINE_EXPLAINER_MAX_TEXT ) : '';
		default:
			return '';
	}
}

/**
 * A text setting as the widget would show it: plain text (markup, as the widget judges it: a
 * `<` and a `>`, removed), one line, at most MAX_TEXT characters.
 *
 * @param string $value The value as entered.
 */
function ketamine_explainer_plain_text( $value ) {
	$text = wp_check_invalid_utf8( (string) $value );
	if ( false !== strpos( $text, '<' ) && false !== strpos( $text, '>' ) ) {
		$text = wp_strip_all_tags( $text );
	}
	$text = trim( preg_replace( '/[\x00-\x1f\x7f]+| {2,}/', ' ', $text ) );
	return mb_substr( $text, 0, KETAMINE_EXPLAINER_MAX_TEXT );
}

/**
 * The saved settings, each present (an empty string when not set).
 */
function ketamine_explainer_settings() {
	$saved    = get_option( KETAMINE_EXPLAINER_OPTION, array() );
	$settings = array();
	foreach ( array_keys( ketamine_explainer_fields() ) as $name ) {
		$settings[ $name ] = is_array( $saved ) && isset( $saved[ $name ] ) && is_scalar( $saved[ $name ] ) ? (string) $saved[ $name ] : '';
	}
	return $settings;
}
